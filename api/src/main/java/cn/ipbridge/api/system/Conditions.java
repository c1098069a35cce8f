package cn.ipbridge.api.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the WHERE predicates of a filtered query. Predicates are fixed Cypher fragments written in this code;
 * every value a client supplied goes into the parameter map, never into the Cypher text.
 */
public final class Conditions {

    private final List<String> predicates = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code predicate} with its parameter when {@code value} is not null. */
    public Conditions when(Object value, String parameter, String predicate) {
        if (value != null) {
            predicates.add(predicate);
            parameters.put(parameter, value instanceof Enum<?> e ? e.name() : value);
        }
        return this;
    }

    /** Adds a predicate that needs no parameter. */
    public Conditions always(String predicate) {
        predicates.add(predicate);
        return this;
    }

    public Conditions parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** {@code WHERE a AND b ...}, or nothing when there are no predicates. */
    public String where() {
        return predicates.isEmpty() ? "" : "WHERE " + String.join("\n  AND ", predicates);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
