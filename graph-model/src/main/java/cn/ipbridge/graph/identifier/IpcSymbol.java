package cn.ipbridge.graph.identifier;

import cn.ipbridge.graph.taxonomy.IpcLevel;

/**
 * A symbol of the International Patent Classification at any level: section "H", class "H01", subclass "H01M",
 * main group "H01M 50/00" or subgroup "H01M 50/609".
 *
 * @param subclass  the symbol up to the subclass: "H01M"; for a section or class symbol just "H" or "H01"
 * @param mainGroup the main group number, 50; null above main-group level
 * @param subgroup  the subgroup digits as written, "609", or "00" for a main group; null above main-group level.
 *                  Trailing zeros beyond two digits are dropped ("6090" is "609"), since the padded form, which
 *                  right-fills with zeros, could not tell them apart.
 */
public record IpcSymbol(String subclass, Integer mainGroup, String subgroup) {

    static final String KIND = "IPC symbol";
    private static final String MAIN_GROUP_SUBGROUP = "00";

    public IpcSymbol {
        String broken = brokenRule(subclass, mainGroup, subgroup);
        if (broken != null) {
            throw new InvalidIdentifierException(KIND, subclass + (mainGroup == null ? "" : mainGroup + "/" + subgroup),
                    broken);
        }
    }

    /**
     * Accepts the compact "H01M50/609", the displayed "H01M 50/609", WIPO's 14-character padded "H01M0050609000"
     * (4 subclass + 4 main group + 6 subgroup), lower case and full-width characters, and the shorter
     * section "H", class "H01" and subclass "H01M".
     */
    public static IpcSymbol parse(String raw) {
        String s = RawInput.fold(raw);
        if (s == null || s.isEmpty()) {
            throw invalid(raw, "must not be blank");
        }
        if (s.charAt(0) < 'A' || s.charAt(0) > 'H') {
            throw invalid(raw, "section should be a letter A to H, was " + s.charAt(0));
        }
        if (s.length() == 1) {
            return new IpcSymbol(s, null, null);
        }
        if (s.length() < 3 || !isDigits(s.substring(1, 3))) {
            throw invalid(raw, "class should be two digits after the section letter");
        }
        if (s.length() == 3) {
            return new IpcSymbol(s, null, null);
        }
        if (s.charAt(3) < 'A' || s.charAt(3) > 'Z') {
            throw invalid(raw, "subclass should be a letter after the class digits, was " + s.charAt(3));
        }
        if (s.length() == 4) {
            return new IpcSymbol(s, null, null);
        }
        String groups = s.substring(4);
        int slash = groups.indexOf('/');
        String main;
        String sub;
        if (slash >= 0) {
            main = groups.substring(0, slash);
            sub = groups.substring(slash + 1);
            if (main.isEmpty() || main.length() > 4 || !isDigits(main)) {
                throw invalid(raw, "main group should be 1 to 4 digits, was '" + main + "'");
            }
            if (sub.length() < 2 || sub.length() > 6 || !isDigits(sub)) {
                throw invalid(raw, "subgroup should be 2 to 6 digits after the slash, was '" + sub + "'");
            }
        } else if (groups.length() == 10 && isDigits(groups)) {
            main = groups.substring(0, 4);
            sub = groups.substring(4);
        } else {
            throw invalid(raw, "after the subclass expected main group/subgroup (50/609)"
                    + " or 10 padded digits (0050609000), was '" + groups + "'");
        }
        int mainGroup = Integer.parseInt(main);
        if (mainGroup == 0) {
            throw invalid(raw, "main group should not be 0");
        }
        return new IpcSymbol(s.substring(0, 4), mainGroup, canonicalSubgroup(sub));
    }

    public static boolean isValid(String raw) {
        return InvalidIdentifierException.isAbsentWhen(() -> parse(raw));
    }

    /** The graph key: "H01M50/609", "H01M50/00", "H01M", "H01", "H". */
    public String compact() {
        return mainGroup == null ? subclass : subclass + mainGroup + "/" + subgroup;
    }

    /** As printed in the IPC scheme: "H01M 50/609". */
    public String display() {
        return mainGroup == null ? subclass : subclass + " " + mainGroup + "/" + subgroup;
    }

    /** WIPO's 14-character form, "H01M0050609000"; symbols above main-group level have none and give compact(). */
    public String padded() {
        if (mainGroup == null) {
            return subclass;
        }
        return subclass + "%4s".formatted(mainGroup).replace(' ', '0') + (subgroup + "00000").substring(0, 6);
    }

    public IpcLevel level() {
        if (mainGroup != null) {
            return subgroup.equals(MAIN_GROUP_SUBGROUP) ? IpcLevel.MAIN_GROUP : IpcLevel.SUBGROUP;
        }
        return switch (subclass.length()) {
            case 1 -> IpcLevel.SECTION;
            case 3 -> IpcLevel.CLASS;
            default -> IpcLevel.SUBCLASS;
        };
    }

    /**
     * The symbol one level up; null for a section. A subgroup's parent is its main group: the real parent may be a
     * subgroup with fewer dots, but dot levels are not part of the symbol.
     */
    public IpcSymbol parent() {
        return switch (level()) {
            case SECTION -> null;
            case CLASS -> new IpcSymbol(section(), null, null);
            case SUBCLASS -> new IpcSymbol(ipcClass(), null, null);
            case MAIN_GROUP -> new IpcSymbol(subclass, null, null);
            case SUBGROUP -> new IpcSymbol(subclass, mainGroup, MAIN_GROUP_SUBGROUP);
        };
    }

    /** "H". */
    public String section() {
        return subclass.substring(0, 1);
    }

    /** "H01"; null for a section symbol. */
    public String ipcClass() {
        return subclass.length() < 3 ? null : subclass.substring(0, 3);
    }

    @Override
    public String toString() {
        return compact();
    }

    private static String canonicalSubgroup(String sub) {
        int end = sub.length();
        while (end > 2 && sub.charAt(end - 1) == '0') {
            end--;
        }
        return sub.substring(0, end);
    }

    private static String brokenRule(String subclass, Integer mainGroup, String subgroup) {
        if (!isSubclassPrefix(subclass)) {
            return "should start with a section letter A-H, two class digits and a subclass letter, was "
                    + subclass;
        }
        if (mainGroup == null && subgroup == null) {
            return null;
        }
        if (mainGroup == null || subgroup == null) {
            return "main group and subgroup go together";
        }
        if (subclass.length() != 4) {
            return "groups need a full subclass such as H01M, was " + subclass;
        }
        if (mainGroup < 1 || mainGroup > 9999) {
            return "main group should be 1 to 9999, was " + mainGroup;
        }
        if (subgroup.length() < 2 || subgroup.length() > 6 || !isDigits(subgroup)
                || !subgroup.equals(canonicalSubgroup(subgroup))) {
            return "subgroup should be 2 to 6 digits without trailing zeros past the second, was " + subgroup;
        }
        return null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** "H", "H01" or "H01M": a section letter A-H, then two class digits, then a subclass letter A-Z. */
    private static boolean isSubclassPrefix(String s) {
        if (s == null || (s.length() != 1 && s.length() != 3 && s.length() != 4)
                || s.charAt(0) < 'A' || s.charAt(0) > 'H') {
            return false;
        }
        return s.length() == 1 || (isDigit(s.charAt(1)) && isDigit(s.charAt(2))
                && (s.length() == 3 || (s.charAt(3) >= 'A' && s.charAt(3) <= 'Z')));
    }

    private static InvalidIdentifierException invalid(String raw, String rule) {
        return new InvalidIdentifierException(KIND, raw, rule);
    }
}
