package cn.ipbridge.graph.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import cn.ipbridge.graph.identifier.CreditCode;
import cn.ipbridge.graph.model.ApplicantKind;

/**
 * Checks that what a row links to is in the graph (read once when the import starts): an enterprise by credit
 * code or name, an officer or event by id, a funder or institution by name. A row naming one that is not is
 * rejected, naming the column, so nothing is silently left unlinked.
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

    /**
     * The enterprise a row names by credit code in {@code codeField}, else (that cell blank or the file without
     * it) by name in {@code nameField}, linked as applicants are: normalised name, then former names. A name two
     * enterprises share links to neither, and the row is rejected.
     */
    String enterpriseByCodeOrName(RowValues row, String codeField, String nameField) {
        String uscc = enterprise(row, codeField);
        if (uscc != null) {
            return uscc;
        }
        String name = row.text(nameField);
        if (name == null) {
            throw row.reject(row.has(codeField) ? codeField : nameField,
                    "must not be blank: the firm's credit code or name");
        }
        ApplicantLinker.Link link = enterprises.link(name, null);
        if (link.kind() != ApplicantKind.ENTERPRISE) {
            throw row.reject(nameField, "no enterprise named '" + name
                    + "' in the graph, or more than one (give its credit code)");
        }
        return link.key();
    }

    /** The key in {@code field}, which must be one of the nodes this was loaded with; null when blank. */
    String node(RowValues row, String field) {
        String key = row.text(field);
        if (key != null && !keys.contains(key)) {
            throw row.reject(field, "no " + what + " '" + key + "' in the graph (import the " + what + "s file first)");
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
