package cn.ipbridge.graph.write;

import java.util.Locale;
import java.util.UUID;

/** Ids for records entered by hand: a prefix and 12 random hex digits, e.g. {@code VIS-3F2A9C01B7D4}. */
final class RecordIds {

    private RecordIds() {
    }

    static String orNew(String id, String prefix) {
        if (id != null && !id.isBlank()) {
            return id;
        }
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }
}
