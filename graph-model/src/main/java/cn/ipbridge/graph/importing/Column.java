package cn.ipbridge.graph.importing;

import java.util.List;

/**
 * A field an importer reads and the headers it is known by in files (Chinese and English).
 *
 * @param field    the field's name, also accepted as a header
 * @param synonyms headers that mean this field, matched after {@link HeaderSynonyms#normalise}
 */
public record Column(String field, boolean required, List<String> synonyms) {

    public static Column required(String field, String... synonyms) {
        return new Column(field, true, List.of(synonyms));
    }

    public static Column optional(String field, String... synonyms) {
        return new Column(field, false, List.of(synonyms));
    }
}
