package cn.ipbridge.graph.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import cn.ipbridge.graph.write.ImportWriter.Entity;

/**
 * A validated row, ready for {@link cn.ipbridge.graph.write.ImportWriter}: the entity, its natural key and the
 * statement parameters, including a hash of everything the row says so an unchanged row is recognised.
 */
public record ImportedRow(Entity entity, String key, Map<String, Object> parameters) {

    /**
     * @param properties the node properties the file has; a null value removes the property
     * @param links      further parameters the entity's statement reads (applicants, IPC codes, district...)
     */
    public static ImportedRow of(Entity entity, String key, Map<String, Object> properties, Map<String, Object> links) {
        Map<String, Object> plainProperties = plain(properties);
        Map<String, Object> plainLinks = plain(links);
        Map<String, Object> parameters = new HashMap<>(plainLinks);
        parameters.put("key", key);
        parameters.put("properties", plainProperties);
        parameters.put("hash", hash(key + plainProperties + plainLinks));
        return new ImportedRow(entity, key, parameters);
    }

    /** Enums become names and maps become sorted, so equal rows print (and hash) the same. */
    @SuppressWarnings("unchecked")
    private static <T> T plainValue(Object value) {
        if (value instanceof Enum<?> e) {
            return (T) e.name();
        }
        if (value instanceof Map<?, ?> m) {
            return (T) plain((Map<String, Object>) m);
        }
        if (value instanceof Collection<?> c) {
            return (T) c.stream().map(ImportedRow::plainValue).toList();
        }
        return (T) value;
    }

    private static Map<String, Object> plain(Map<String, Object> map) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put(k, plainValue(v)));
        return sorted;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
