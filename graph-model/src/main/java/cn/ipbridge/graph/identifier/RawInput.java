package cn.ipbridge.graph.identifier;

import java.util.Locale;

/** The lenient first step every parser shares: identifiers are copied from web pages, PDFs and Chinese IMEs. */
final class RawInput {

    private RawInput() {
    }

    /**
     * Folds full-width forms (U+FF01..U+FF5E, ideographic space) to ASCII, drops all whitespace and upper-cases;
     * null stays null. Full-width digits and letters are what a Chinese input method types by default.
     */
    static String fold(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder folded = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> {
            if (c >= 0xFF01 && c <= 0xFF5E) {
                folded.append((char) (c - 0xFEE0));
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                folded.appendCodePoint(c);
            }
        });
        return folded.toString().toUpperCase(Locale.ROOT);
    }

    /** The character at a 0-based index as a readable, 1-based description for rule messages. */
    static String describe(String s, int index) {
        return "'" + s.charAt(index) + "' at position " + (index + 1);
    }
}
