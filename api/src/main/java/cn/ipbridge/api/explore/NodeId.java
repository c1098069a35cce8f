package cn.ipbridge.api.explore;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import cn.ipbridge.api.system.BadArgumentException;

/**
 * A node's id in drawn graphs: its label and natural key, {@code Enterprise:91310115591693856A}. Ids are stable
 * across database copies, unlike element ids, so a client can keep and share them. Labels come from a fixed list:
 * a label is written into Cypher text only after it was found in this list.
 */
public record NodeId(String label, String keyProperty, String key) {

    /** Label to key property; Institution before University, so a university that is a centre is an Institution. */
    static final Map<String, String> KEYS = keys();

    private static Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("Enterprise", "uscc");
        keys.put("Patent", "applicationNumber");
        keys.put("Institution", "name");
        keys.put("University", "name");
        keys.put("Applicant", "name");
        keys.put("Funder", "name");
        keys.put("IpcClass", "code");
        keys.put("District", "adcode");
        keys.put("Industry", "code");
        keys.put("Trademark", "registrationNumber");
        keys.put("FinancingDeal", "id");
        keys.put("Officer", "id");
        keys.put("Expert", "id");
        keys.put("Visit", "id");
        keys.put("Event", "id");
        keys.put("ServiceCase", "id");
        keys.put("BestCase", "id");
        keys.put("Notice", "id");
        keys.put("KeyList", "name");
        keys.put("Topic", "name");
        return keys;
    }

    public static NodeId of(String label, String key) {
        return new NodeId(label, KEYS.get(label), key);
    }

    public static NodeId parse(String argument, String id) {
        int colon = id == null ? -1 : id.indexOf(':');
        if (colon < 1 || colon == id.length() - 1 || !KEYS.containsKey(id.substring(0, colon))) {
            throw new BadArgumentException(argument, "expected Label:key with a label among " + KEYS.keySet()
                    + ", was " + id);
        }
        return of(id.substring(0, colon), id.substring(colon + 1));
    }

    /** {@code (var:Label {key: $parameter})}: the label and property come from {@link #KEYS}. */
    String pattern(String variable, String parameter) {
        return "(%s:%s {%s: $%s})".formatted(variable, label, keyProperty, parameter);
    }

    @Override
    public String toString() {
        return label + ":" + key;
    }

    /** A Cypher expression giving the id of node {@code n}. */
    static String cypher(String n) {
        return KEYS.entrySet().stream()
                .map(e -> "WHEN %s:%s THEN '%s:' + %s.%s".formatted(n, e.getKey(), e.getKey(), n, e.getValue()))
                .collect(Collectors.joining(" ", "CASE ", " END"));
    }
}
