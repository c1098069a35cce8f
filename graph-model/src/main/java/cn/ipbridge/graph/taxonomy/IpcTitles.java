package cn.ipbridge.graph.taxonomy;

/**
 * Tidies titles flattened from PDF tables: the wraps left spaces inside Chinese words ({@code 用于 播种}), and
 * some rows kept only the dot-level markers ({@code ..}) or a placeholder instead of their title.
 */
final class IpcTitles {

    private IpcTitles() {
    }

    /**
     * The title with a space between two CJK characters removed, other space runs collapsed to one (spaces
     * around Latin text, such as {@code 入 A01D34/24}, are real) and leading or trailing dot-level markers
     * ({@code · ·}) dropped; null if nothing worth showing is left.
     */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = stripMarkers(joinCjk(raw));
        if (s.isEmpty() || s.startsWith("Code:") || s.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        return s;
    }

    private static String joinCjk(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < raw.length() && isSpace(raw.charAt(end))) {
                end++;
            }
            boolean betweenCjk = out.length() > 0 && end < raw.length()
                    && isCjk(out.charAt(out.length() - 1)) && isCjk(raw.charAt(end));
            if (!betweenCjk) {
                out.append(' ');
            }
            i = end;
        }
        return out.toString();
    }

    private static String stripMarkers(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isMarker(s.charAt(start))) {
            start++;
        }
        while (end > start && isMarker(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isMarker(char c) {
        return c == '·' || c == '•' || c == ' ';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Han ideographs and CJK or full-width punctuation ({@code （；、〔}), which take no spaces in Chinese. */
    static boolean isCjk(char c) {
        return (c >= '\u2E80' && c <= '\u9FFF')
                || (c >= '\uF900' && c <= '\uFAFF')
                || (c >= '\uFE30' && c <= '\uFE4F')
                || (c >= '\uFF00' && c <= '\uFFEF');
    }
}
