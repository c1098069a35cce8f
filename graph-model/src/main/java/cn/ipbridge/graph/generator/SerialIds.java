package cn.ipbridge.graph.generator;

/**
 * Record ids such as VIS-000123: a prefix and a zero-padded serial. Built by hand rather than with String.format,
 * whose digits follow the default locale and so could differ between machines.
 */
final class SerialIds {

    private SerialIds() {
    }

    static String of(String prefix, int width, int serial) {
        String digits = Integer.toString(serial);
        return prefix + "-" + "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
