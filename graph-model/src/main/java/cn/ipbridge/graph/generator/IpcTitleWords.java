package cn.ipbridge.graph.generator;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns an IPC title into the words a patent title can use: 基于碳材料的电极，例如石墨层间化合物或CFx的 gives
 * 基于碳材料的电极. Notes in brackets (references such as 入A01C5/00, version marks such as 〔2〕), the stray spaces
 * left by PDF line wraps and everything after the first clause break or "例如" are dropped.
 */
final class IpcTitleWords {

    private static final Pattern BRACKETED = Pattern.compile("（[^（）]*）|\\([^()]*\\)|〔[^〔〕]*〕|\\[[^\\[\\]]*]");
    private static final List<String> BREAKS = List.of("；", "，", ",", ";", "：", "。", "例如", "即");
    private static final int LONGEST = 22;
    /** Symbols cited in a title (组H01M10/05至H01M10/34) make no sense in a patent title. */
    private static final Pattern IPC_REFERENCE = Pattern.compile("[A-H]\\d{2}[A-Z]|[A-Z]\\d+/\\d+");
    private static final List<String> VAGUE = List.of("零部件", "零件", "部件", "细节", "附件", "其他", "不包含", "一般",
            "所述", "以上", "该组", "本小类", "本大类");
    private static final List<String> DANGLING_STARTS = List.of("并且", "并", "或", "和", "与", "用", "采用", "按", "在",
            "以", "其中", "将", "对", "从", "由", "把");

    private IpcTitleWords() {
    }

    /** The leading phrase of a Chinese IPC title, at most 22 characters (cut before "或" if longer). */
    static String chinese(String title) {
        if (title == null) {
            return "";
        }
        String s = title;
        for (String previous = null; !s.equals(previous); ) {
            previous = s;
            s = BRACKETED.matcher(s).replaceAll("");
        }
        s = s.replace(" ", "").replace("\u3000", "").replace("“", "").replace("”", "");
        for (String stop : BREAKS) {
            int at = s.indexOf(stop);
            if (at > 0) {
                s = s.substring(0, at);
            }
        }
        if (s.length() > LONGEST) {
            int or = s.indexOf('或');
            s = or >= 4 ? s.substring(0, or) : s.substring(0, LONGEST);
        }
        return s;
    }

    /**
     * Whether a phrase can stand in a title: long enough, no IPC symbols, not a vague catch-all (零部件, 其他…), not a
     * fragment cut off at a clause break (用于将…, 并且…).
     */
    static boolean usable(String phrase) {
        return phrase.length() >= 2 && phrase.length() <= LONGEST && !IPC_REFERENCE.matcher(phrase).find()
                && VAGUE.stream().noneMatch(phrase::contains)
                && DANGLING_STARTS.stream().noneMatch(phrase::startsWith)
                && !phrase.endsWith("将") && !phrase.endsWith("用于");
    }

    /** The leading phrase of an English IPC title, e.g. "Electrodes", or null. */
    static String english(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String s = BRACKETED.matcher(title).replaceAll("").trim();
        int at = s.indexOf(';');
        s = at > 0 ? s.substring(0, at) : s;
        at = s.indexOf(',');
        s = at > 0 ? s.substring(0, at) : s;
        return s.isBlank() ? null : Character.toUpperCase(s.charAt(0)) + s.substring(1).trim();
    }
}
