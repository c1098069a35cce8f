package cn.ipbridge.graph.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import cn.ipbridge.graph.identifier.CreditCode;

/**
 * Checks that what a row links to is in the graph (read once when the import starts): an enterprise by credit
 * code, an officer by id, a funder or institution by name. A row naming one that is not is rejected, naming the
 * column, so nothing is silently left unlinked.
 */
final class KnownNodes {

    private final ApplicantLinker enterprises;
    private final Set<String> keys;
    private final String what;

    KnownNodes(ApplicantLinker enterprises, Set<String> keys, String what) {
        this.enterprises = enterprises;
        this.keys = keys;
        this.what = what;
    }

    /** The normalised credit code in {@code field}, which must be an enterprise in the graph; null when blank. */
    String enterprise(RowValues row, String field) {
        return enterprise(row, field, row.text(field));
    }

    String enterprise(RowValues row, String field, String value) {
        String uscc = row.parse(field, value, v -> CreditCode.parse(v).value());
        if (uscc != null && !enterprises.knowsCreditCode(uscc)) {
            throw row.reject(field, "no enterprise with credit code " + uscc + " in the graph (import the enterprise list first)");
        }
        return uscc;
    }

    /** The key in {@code field}, which must be one of the nodes this was loaded with; null when blank. */
    String node(RowValues row, String field) {
        String key = row.text(field);
        if (key != null && !keys.contains(key)) {
            throw row.reject(field, "no " + what + " '" + key + "' in the graph");
        }
        return key;
    }

    /** Ordered word lists for {@link EnumText}: {@code words("培训", TRAINING, "对接", MATCHMAKING)}. */
    @SuppressWarnings("unchecked")
    static <E> Map<String, E> words(Object... pairs) {
        Map<String, E> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (E) pairs[i + 1]);
        }
        return map;
    }
}
