package cn.ipbridge.graph.importing;

/**
 * A patent's Chinese and English titles. Bilingual exports write both in one cell, {@code 分组交换网 | PACKET
 * SWITCHING NETWORK}; a title with no Chinese in it is English only and is used for both.
 */
record PatentTitle(String zh, String en) {

    static PatentTitle split(String title, String separateEnglish) {
        int bar = title.indexOf(" | ");
        if (bar > 0) {
            String en = title.substring(bar + 3).strip();
            return new PatentTitle(title.substring(0, bar).strip(), en.isEmpty() ? separateEnglish : en);
        }
        if (!hasChinese(title)) {
            return new PatentTitle(title, separateEnglish != null ? separateEnglish : title);
        }
        return new PatentTitle(title, separateEnglish);
    }

    private static boolean hasChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
