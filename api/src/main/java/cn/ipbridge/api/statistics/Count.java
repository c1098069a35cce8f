package cn.ipbridge.api.statistics;

import java.util.List;

import org.neo4j.driver.Value;

/** A number of things sharing one key, e.g. 12 patents of type INVENTION. */
public record Count(String key, long count) {

    /** From a list of {@code {key, count}} maps; null keys are dropped. */
    static List<Count> listFrom(Value maps) {
        if (maps == null || maps.isNull()) {
            return List.of();
        }
        return maps.asList(m -> m).stream()
                .filter(m -> !m.get("key").isNull())
                .map(m -> new Count(keyText(m.get("key")), m.get("count").asLong()))
                .toList();
    }

    /** Years arrive as integers, everything else as text. */
    static String keyText(Value key) {
        return key.isNull() ? null : key.hasType(org.neo4j.driver.types.TypeSystem.getDefault().INTEGER())
                ? String.valueOf(key.asLong()) : key.asString();
    }
}
