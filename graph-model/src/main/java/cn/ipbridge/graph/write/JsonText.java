package cn.ipbridge.graph.write;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes plain values (maps, lists, text, numbers) as JSON text, keys sorted: the audit trail's records and an
 * import job's nested report (counts, rejections) stored as node properties.
 */
public final class JsonText {

    private JsonText() {
    }

    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean || value instanceof Number) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
                out.append(separator);
                string(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
                separator = ",";
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            String separator = "";
            for (Object item : list) {
                out.append(separator);
                write(item, out);
                separator = ",";
            }
            out.append(']');
        } else if (value instanceof TemporalAccessor || value instanceof CharSequence || value instanceof Enum<?>) {
            string(value.toString(), out);
        } else {
            string(String.valueOf(value), out);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
