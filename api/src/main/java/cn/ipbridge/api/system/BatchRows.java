package cn.ipbridge.api.system;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Runs one query for a whole batch of parent keys ({@code $keys}) and returns its {@code key, value} rows as a map.
 * This is how every nested field is loaded: one round trip per GraphQL level, never one per parent.
 */
public final class BatchRows {

    private BatchRows() {
    }

    /** One value per key; keys with no row are absent from the map. */
    public static <T> Map<String, T> one(Neo4jClient client, String cypher, Collection<String> keys,
                                         Function<Value, T> mapper) {
        return one(client, cypher, keys, Map.of(), mapper);
    }

    public static <T> Map<String, T> one(Neo4jClient client, String cypher, Collection<String> keys,
                                         Map<String, Object> parameters, Function<Value, T> mapper) {
        Map<String, T> result = new HashMap<>();
        run(client, cypher, keys, parameters).forEach((key, value) -> result.put(key, mapper.apply(value)));
        return result;
    }

    /** A list per key (the value column is a list); keys with no row map to an empty list. */
    public static <T> Map<String, List<T>> many(Neo4jClient client, String cypher, Collection<String> keys,
                                                Function<Value, T> mapper) {
        return many(client, cypher, keys, Map.of(), mapper);
    }

    public static <T> Map<String, List<T>> many(Neo4jClient client, String cypher, Collection<String> keys,
                                                Map<String, Object> parameters, Function<Value, T> mapper) {
        Map<String, List<T>> result = new HashMap<>();
        keys.forEach(key -> result.put(key, List.of()));
        run(client, cypher, keys, parameters).forEach((key, value) -> result.put(key, value.asList(mapper::apply)));
        return result;
    }

    /** A number per key; keys with no row count 0. */
    public static Map<String, Long> counts(Neo4jClient client, String cypher, Collection<String> keys) {
        return counts(client, cypher, keys, Map.of());
    }

    public static Map<String, Long> counts(Neo4jClient client, String cypher, Collection<String> keys,
                                           Map<String, Object> parameters) {
        Map<String, Long> result = new HashMap<>();
        keys.forEach(key -> result.put(key, 0L));
        run(client, cypher, keys, parameters).forEach((key, value) -> result.put(key, value.asLong()));
        return result;
    }

    private static Map<String, Value> run(Neo4jClient client, String cypher, Collection<String> keys,
                                          Map<String, Object> parameters) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("keys", List.copyOf(keys));
        Map<String, Value> rows = new HashMap<>();
        client.query(cypher).bindAll(all)
                .fetchAs(Void.class)
                .mappedBy((types, record) -> {
                    rows.put(record.get("key").asString(), record.get("value"));
                    return null;
                })
                .all();
        return rows;
    }
}
