package cn.ipbridge.graph.importing;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Matches a file's header texts to fields by the synonym table of each importer (docs/importing.md lists it).
 * Headers are compared after folding full-width characters, case, spaces, underscores and hyphens, so
 * {@code 公开（公告）号}, {@code 公开(公告)号} and {@code Publication_No} all find their field.
 */
public final class HeaderSynonyms {

    private final Map<String, String> fieldByHeader = new HashMap<>();

    public HeaderSynonyms(List<Column> columns) {
        for (Column column : columns) {
            fieldByHeader.put(normalise(column.field()), column.field());
            column.synonyms().forEach(s -> fieldByHeader.put(normalise(s), column.field()));
        }
    }

    /** The field this header means, or null. */
    public String fieldOf(String header) {
        return fieldByHeader.get(normalise(header));
    }

    public static String normalise(String header) {
        String folded = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '_' && c != '-'
                        && c != '\uFEFF')
                .forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
