package cn.ipbridge.graph.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.ipbridge.graph.write.ImportEntity;
import cn.ipbridge.graph.write.ImportLink;
import cn.ipbridge.graph.write.ImportRow;
import cn.ipbridge.graph.write.LinkState;
import cn.ipbridge.graph.write.LinkTarget;

/**
 * A validated row, ready for {@link cn.ipbridge.graph.write.ImportWriter}: the entity and the row with its
 * resolved links and a hash of everything it says, so an unchanged row is recognised and skipped.
 */
public record ImportedRow(ImportEntity entity, ImportRow row) {

    /**
     * @param properties the node properties the file has; a null value removes the property
     * @param links      the relationships the row asks for, targets already resolved
     */
    public static ImportedRow of(ImportEntity entity, String key, Map<String, Object> properties,
                                 List<ImportLink> links) {
        return of(entity, key, properties, links, Set.of());
    }

    /**
     * @param columnsGiven link kinds whose column the file has: a changed node loses its old links of these kinds
     *                     even when the cell is empty (an officer's emptied list of firms unassigns them)
     */
    public static ImportedRow of(ImportEntity entity, String key, Map<String, Object> properties,
                                 List<ImportLink> links, Set<LinkTarget> columnsGiven) {
        Map<String, Object> plainProperties = plain(properties);
        Set<String> replaces = new LinkedHashSet<>(entity.owned());
        columnsGiven.forEach(t -> replaces.add(t.type()));
        for (ImportLink link : links) {
            if (!entity.targets().contains(link.target())) {
                throw new IllegalArgumentException(entity + " rows do not link to " + link.target());
            }
            replaces.add(link.target().type());
        }
        String said = key + plainProperties + links.stream()
                .map(l -> l.target() + ":" + l.to() + plain(l.properties())).toList();
        // a links-only row is compared with the links the graph has, not with a stored hash
        String hash = entity.linksOnly() ? LinkState.of(entity, links) : hash(said);
        return new ImportedRow(entity, new ImportRow(key, plainProperties, hash, List.copyOf(links),
                Set.copyOf(replaces)));
    }

    public String key() {
        return row.key();
    }

    /** Enums become names and maps become sorted, so equal rows print (and hash) the same. */
    @SuppressWarnings("unchecked")
    private static Object plainValue(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Map<?, ?> m) {
            return plain((Map<String, Object>) m);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(ImportedRow::plainValue).toList();
        }
        return value;
    }

    private static Map<String, Object> plain(Map<String, Object> map) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put(k, plainValue(v)));
        return sorted;
    }

    /** A digest per thread: looking one up by name costs more than hashing a row. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private static String hash(String text) {
        byte[] digest = SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }
}
