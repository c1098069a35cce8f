package cn.ipbridge.graph.write;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.neo4j.driver.TransactionContext;

/**
 * The write path of file imports: one write transaction per batch, so a batch commits whole or not at all. It first
 * reads the stored {@code importHash} of the batch's keys in one query (for a links-only entity, the text of the
 * links the node has, see {@link LinkState}): a row whose node has the same hash is
 * counted unchanged and not written at all; the others are created or updated. Changed nodes lose the links the
 * row replaces, missing Applicants are merged, then one statement merges the nodes and creates their links
 * (see {@link ImportStatements}).
 * <p>
 * Batches of an entity whose rows never link to each other may be written two at a time
 * ({@link #concurrentBatches}): then the targets created when missing (Applicants) are merged first, in a short
 * transaction of their own ({@link #mergeTargets}), one such transaction at a time, so the two batch transactions
 * only match them and never wait on each other's uniqueness locks.
 */
public final class ImportWriter {

    private final BatchWriter writer;

    public ImportWriter(BatchWriter writer) {
        this.writer = writer;
    }

    /** What a batch did: its row counts, the rows that created a node and those that changed one (the rest were unchanged). */
    public record Written(RowStatuses statuses, List<ImportRow> created, List<ImportRow> updated) {

        static final Written NONE = new Written(RowStatuses.ZERO, List.of(), List.of());
    }

    public RowStatuses write(ImportEntity entity, List<ImportRow> rows) {
        return writeBatch(entity, rows, true).statuses();
    }

    /**
     * Writes one batch in one transaction.
     *
     * @param mergeTargets whether to merge missing Applicants in the same transaction; false only after
     *                     {@link #mergeTargets} has committed them for these rows
     */
    public Written writeBatch(ImportEntity entity, List<ImportRow> rows, boolean mergeTargets) {
        return rows.isEmpty() ? Written.NONE : writer.inTransaction(tx -> write(tx, entity, rows, mergeTargets));
    }

    /**
     * Whether two batches of {@code entity} may be written at the same time: its rows link to no node of their own
     * label (an IPC class links to its parent, which an earlier batch still being written would not show yet).
     */
    public static boolean concurrentBatches(ImportEntity entity) {
        return entity.targets().stream().noneMatch(t -> t.label().equals(entity.nodeLabel()));
    }

    /**
     * Merges, in a transaction of its own, the targets created when missing (Applicants) that the rows which will
     * create or change a node link to, except those in {@code known} (already committed by this import), in sorted
     * order; returns the keys it made sure of. A kill between this and the batch leaves only Applicants that the
     * re-run links.
     */
    public Set<String> mergeTargets(ImportEntity entity, List<ImportRow> rows, Set<String> known) {
        if (rows.stream().noneMatch(r -> r.links().stream().anyMatch(l -> l.target().createdWhenMissing()))) {
            return Set.of();
        }
        return writer.inTransaction(tx -> {
            Map<String, String> stored = storedHashes(tx, entity, rows);
            List<ImportRow> changed = rows.stream().filter(r -> !r.hash().equals(stored.get(r.key()))).toList();
            Map<LinkTarget, Set<String>> keys = missingTargets(changed, known);
            keys.forEach((target, names) ->
                    tx.run(ImportStatements.mergeTargets(target), Map.of("keys", List.copyOf(names))).consume());
            Set<String> merged = new HashSet<>();
            keys.values().forEach(merged::addAll);
            return merged;
        });
    }

    private static Written write(TransactionContext tx, ImportEntity entity, List<ImportRow> rows,
                                 boolean mergeTargets) {
        Map<String, String> stored = storedHashes(tx, entity, rows);
        List<ImportRow> changed = new ArrayList<>();
        List<ImportRow> created = new ArrayList<>();
        List<ImportRow> updated = new ArrayList<>();
        for (ImportRow row : rows) {
            if (!stored.containsKey(row.key()) && entity.linksOnly()) {
                // its node was checked when the file was read and has been deleted since: nothing to link
                continue;
            }
            if (!stored.containsKey(row.key())) {
                created.add(row);
                changed.add(row);
            } else if (!row.hash().equals(stored.get(row.key()))) {
                updated.add(row);
                changed.add(row);
            }
        }
        dropReplacedLinks(tx, entity, changed, stored);
        if (mergeTargets) {
            missingTargets(changed, Set.of()).forEach((target, names) ->
                    tx.run(ImportStatements.mergeTargets(target), Map.of("keys", List.copyOf(names))).consume());
        }
        writeNodes(tx, entity, changed, stored);
        long unchanged = rows.stream().filter(r -> r.hash().equals(stored.get(r.key()))).count();
        return new Written(new RowStatuses(created.size(), updated.size(), unchanged),
                List.copyOf(created), List.copyOf(updated));
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

    /**
     * Targets created when missing (Applicants), merged before the node statement, once each and in sorted order
     * (two transactions merging the same names take their locks in the same order), so that statement only matches.
     */
    private static Map<LinkTarget, Set<String>> missingTargets(List<ImportRow> changed, Set<String> known) {
        Map<LinkTarget, Set<String>> keys = new EnumMap<>(LinkTarget.class);
        for (ImportRow row : changed) {
            for (ImportLink link : row.links()) {
                if (link.target().createdWhenMissing() && !known.contains(link.to())) {
                    keys.computeIfAbsent(link.target(), t -> new TreeSet<>()).add(link.to());
                }
            }
        }
        return keys;
    }
}
