package cn.ipbridge.graph.taxonomy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPC symbols in their compact form: section {@code H}, class {@code H01}, subclass {@code H01M}, main group
 * {@code H01M50/00}, subgroup {@code H01M50/609}.
 */
public final class IpcCodes {

    // Section, then optionally class digits, subclass letter, and main group / subgroup digits.
    private static final Pattern SYMBOL =
            Pattern.compile("([A-H])(?:(\\d{2})(?:([A-Z])(?:(\\d{1,4})/(\\d{2,6}))?)?)?");

    private IpcCodes() {
    }

    /**
     * The compact form of a symbol written with spaces or in lower case ({@code "h01m 50/609"},
     * {@code "H01M 050/609"}), or null if it is not a well-formed IPC symbol.
     */
    public static String compact(String symbol) {
        if (symbol == null) {
            return null;
        }
        StringBuilder stripped = new StringBuilder(symbol.length());
        for (int i = 0; i < symbol.length(); i++) {
            char c = symbol.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                stripped.append(Character.toUpperCase(c));
            }
        }
        Matcher m = SYMBOL.matcher(stripped);
        if (!m.matches()) {
            return null;
        }
        if (m.group(4) == null) {
            return stripped.toString();
        }
        // Main groups are numbers: "050" and "50" are the same group.
        return stripped.substring(0, 4) + Integer.parseInt(m.group(4)) + "/" + m.group(5);
    }

    /** The level of a compact symbol, told by its shape. */
    public static IpcLevel levelOf(String compact) {
        int slash = compact.indexOf('/');
        if (slash >= 0) {
            return compact.endsWith("/00") ? IpcLevel.MAIN_GROUP : IpcLevel.SUBGROUP;
        }
        return switch (compact.length()) {
            case 1 -> IpcLevel.SECTION;
            case 3 -> IpcLevel.CLASS;
            case 4 -> IpcLevel.SUBCLASS;
            default -> throw new IllegalArgumentException("Not a compact IPC symbol: " + compact);
        };
    }

    /**
     * The symbol one level up, null for a section. A subgroup's parent is its main group: the dot levels that
     * nest subgroups inside each other are not in the data this is used with.
     */
    public static String parentOf(String compact) {
        return switch (levelOf(compact)) {
            case SECTION -> null;
            case CLASS -> compact.substring(0, 1);
            case SUBCLASS -> compact.substring(0, 3);
            case MAIN_GROUP -> compact.substring(0, 4);
            case SUBGROUP -> compact.substring(0, compact.indexOf('/')) + "/00";
        };
    }

    /**
     * A key whose string order is the scheme's order within one level: main groups compare as numbers
     * (padded), subgroups as decimal fractions, which plain string order of their digits already gives
     * ({@code 1/02 < 1/023 < 1/04 < 1/10}).
     */
    static String sortKey(String compact) {
        int slash = compact.indexOf('/');
        if (slash < 0) {
            return compact;
        }
        String mainGroup = compact.substring(4, slash);
        return compact.substring(0, 4) + "0".repeat(4 - mainGroup.length()) + compact.substring(4);
    }
}
