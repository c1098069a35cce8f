package cn.ipbridge.api.system;

/** A whole-number argument with a default and bounds, such as {@code first}; out of bounds names the argument. */
public final class BoundedArgument {

    private BoundedArgument() {
    }

    public static int of(String argument, Integer value, int absent, int min, int max) {
        int n = value == null ? absent : value;
        if (n < min || n > max) {
            throw new BadArgumentException(argument, "must be between " + min + " and " + max + ", was " + n);
        }
        return n;
    }
}
