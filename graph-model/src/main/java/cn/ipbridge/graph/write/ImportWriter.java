package cn.ipbridge.graph.write;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.neo4j.driver.TransactionContext;

/**
 * The write path of file imports: one write transaction per batch, so a batch commits whole or not at all. It first
 * reads the stored {@code importHash} of the batch's keys in one query: a row whose node has the same hash is
 * counted unchanged and not written at all; the others are created or updated. Changed nodes lose the links the
 * row replaces, missing Applicants are merged, then one statement merges the nodes and creates their links
 * (see {@link ImportStatements}).
 */
public final class ImportWriter {

    private final BatchWriter writer;

    public ImportWriter(BatchWriter writer) {
        this.writer = writer;
    }

    public RowStatuses write(ImportEntity entity, List<ImportRow> rows) {
        return rows.isEmpty() ? RowStatuses.ZERO : writer.inTransaction(tx -> write(tx, entity, rows));
    }

    private static RowStatuses write(TransactionContext tx, ImportEntity entity, List<ImportRow> rows) {
        Map<String, String> stored = storedHashes(tx, entity, rows);
        List<ImportRow> changed = new ArrayList<>();
        long created = 0;
        for (ImportRow row : rows) {
            if (!stored.containsKey(row.key())) {
                created++;
                changed.add(row);
            } else if (!row.hash().equals(stored.get(row.key()))) {
                changed.add(row);
            }
        }
        dropReplacedLinks(tx, entity, changed, stored);
        mergeMissingTargets(tx, changed);
        writeNodes(tx, entity, changed, stored);
        return new RowStatuses(created, changed.size() - created, rows.size() - changed.size());
    }

    private static Map<String, String> storedHashes(TransactionContext tx, ImportEntity entity, List<ImportRow> rows) {
        Map<String, String> stored = new HashMap<>();
        tx.run(ImportStatements.storedHashes(entity), Map.of("keys", rows.stream().map(ImportRow::key).toList()))
                .forEachRemaining(r -> stored.put(r.get("key").asString(), r.get("hash").asString("")));
        return stored;
    }

    /** Only nodes that existed can have links to drop; new ones skip this. */
    private static void dropReplacedLinks(TransactionContext tx, ImportEntity entity, List<ImportRow> changed,
                                          Map<String, String> stored) {
        Map<String, List<String>> keysByType = new TreeMap<>();
        for (ImportRow row : changed) {
            if (stored.containsKey(row.key())) {
                for (String type : row.replaces()) {
                    keysByType.computeIfAbsent(type, t -> new ArrayList<>()).add(row.key());
                }
            }
        }
        keysByType.forEach((type, keys) ->
                tx.run(ImportStatements.dropLinks(entity, type), Map.of("keys", keys)).consume());
    }

    /**
     * One statement per shape of row: new or existing node, which properties, which kinds of link. Rows of one file
     * mostly share one shape; grouping keeps this right for any mix.
     */
    private static void writeNodes(TransactionContext tx, ImportEntity entity, List<ImportRow> changed,
                                   Map<String, String> stored) {
        record Shape(boolean create, Set<String> properties, Set<LinkTarget> targets) {
        }
        Map<Shape, List<Map<String, Object>>> byShape = new HashMap<>();
        for (ImportRow r : changed) {
            Map<String, List<Map<String, Object>>> links = new HashMap<>();
            Set<LinkTarget> targets = EnumSet.noneOf(LinkTarget.class);
            for (ImportLink link : r.links()) {
                targets.add(link.target());
                links.computeIfAbsent(link.target().name(), t -> new ArrayList<>())
                        .add(Map.of("to", link.to(), "properties", link.properties()));
            }
            Map<String, Object> row = new HashMap<>();
            row.put("key", r.key());
            row.put("properties", r.properties());
            row.put("hash", r.hash());
            row.put("links", links);
            byShape.computeIfAbsent(new Shape(!stored.containsKey(r.key()), r.properties().keySet(), targets),
                    k -> new ArrayList<>()).add(row);
        }
        // Links between the batch's own nodes (an IPC symbol to its parent) are made once all of them exist: rows
        // of other shapes go in other statements, and within one statement the planner may look first.
        Map<Shape, Set<LinkTarget>> ownLinks = new HashMap<>();
        byShape.forEach((shape, rows) -> {
            Set<LinkTarget> own = EnumSet.noneOf(LinkTarget.class);
            Set<LinkTarget> others = EnumSet.noneOf(LinkTarget.class);
            shape.targets().forEach(t -> (t.label().equals(entity.nodeLabel()) ? own : others).add(t));
            tx.run(ImportStatements.writeNodes(entity, new TreeSet<>(shape.properties()), others, shape.create()),
                    Map.of("rows", rows)).consume();
            if (!own.isEmpty()) {
                ownLinks.put(shape, own);
            }
        });
        ownLinks.forEach((shape, own) -> tx.run(ImportStatements.writeNodes(entity,
                new TreeSet<>(shape.properties()), own, false), Map.of("rows", byShape.get(shape))).consume());
    }

    /** Targets created when missing (Applicants) are merged first, once each, so the node statement only matches. */
    private static void mergeMissingTargets(TransactionContext tx, List<ImportRow> changed) {
        Map<LinkTarget, Set<String>> keys = new EnumMap<>(LinkTarget.class);
        for (ImportRow row : changed) {
            for (ImportLink link : row.links()) {
                if (link.target().createdWhenMissing()) {
                    keys.computeIfAbsent(link.target(), t -> new LinkedHashSet<>()).add(link.to());
                }
            }
        }
        keys.forEach((target, names) ->
                tx.run(ImportStatements.mergeTargets(target), Map.of("keys", List.copyOf(names))).consume());
    }
}
