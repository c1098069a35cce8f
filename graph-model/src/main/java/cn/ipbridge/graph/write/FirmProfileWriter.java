package cn.ipbridge.graph.write;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import cn.ipbridge.graph.write.FirmProfiles.Figures;
import cn.ipbridge.graph.write.FirmProfiles.Link;
import cn.ipbridge.graph.write.FirmProfiles.Pair;
import cn.ipbridge.graph.write.FirmProfiles.Wanted;

/**
 * Derives each firm's patent profile from its patents, so matchmaking reads a few properties and links per firm
 * instead of walking every patent: on the {@code Enterprise} node {@code patentCount},
 * {@code grantedInventionCount}, {@code lapsedPatentCount} and {@code latestGrantedInventions}
 * ({@link LatestInventions}); links {@code ACTIVE_IN {patents, sample}} to each main
 * IPC class of its patents, {@code ACTIVE_IN_SUBCLASS {patents}} to their subclasses, and
 * {@code IN_FIELDS_OF {patents, share, institution}} to each institution with patents of the firm in its fields
 * ({@link InstitutionFields}; a change of the firm's patent count changes all its shares).
 * <p>
 * Whatever writes patents brings the firms it touched up to date: the generator recomputes all; an import adds what
 * its new patents bring ({@link #add}) and recomputes the firms of the patents it changed. Both go in batches of
 * firms, each in one write transaction that reads the batch's stored profiles and writes only the differences
 * ({@link FirmProfiles}), so doing it again writes nothing. A recomputation walks the batch's patents once, counted
 * by main class; Java sums the counts and the subclasses (looked up once per class). Plain statements, each one
 * {@code UNWIND} without an Eager operator: one statement reading and merging the links planned five Eagers and cost
 * several times as much.
 */
public final class FirmProfileWriter {

    static final int FIRMS_PER_BATCH = 500;

    /**
     * The firms' patents in one walk, grouped by main IPC class (null for patents without one): how many, the
     * smallest application number, how many are granted inventions and how many lapsed.
     */
    private static final String PATENTS_BY_CLASS = """
            UNWIND $firms AS firm
            MATCH (e:Enterprise) WHERE elementId(e) = firm
            OPTIONAL MATCH (e)<-[:APPLIED_BY]-(p:Patent)
            OPTIONAL MATCH (p)-[:CLASSIFIED_AS {main: true}]->(c:IpcClass)
            RETURN firm, c.code AS code, count(p) AS n, min(p.applicationNumber) AS sample,
                   count(CASE WHEN p.type = 'INVENTION' AND p.legalStatus = 'GRANTED' THEN 1 END) AS granted,
                   count(CASE WHEN p.legalStatus = 'LAPSED' THEN 1 END) AS lapsed,
                   collect(CASE WHEN p.type = 'INVENTION' AND p.legalStatus = 'GRANTED'
                                THEN coalesce(toString(p.filingDate), '') + ' ' + p.applicationNumber END) AS latest
            """;

    private static final String STALE = """
            MATCH (e:Enterprise)
            WHERE e.patentCount IS NULL OR e.latestGrantedInventions IS NULL
               OR e.patentCount <> COUNT { (e)<-[:APPLIED_BY]-(:Patent) }
            RETURN e.uscc AS uscc
            """;

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final BatchWriter writer;
    private final int firmsPerBatch;

    public FirmProfileWriter(Driver driver, String database) {
        this(driver, database, FIRMS_PER_BATCH);
    }

    FirmProfileWriter(Driver driver, String database, int firmsPerBatch) {
        this.driver = driver;
        this.sessionConfig = database == null || database.isBlank()
                ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
        this.writer = new BatchWriter(driver, database, firmsPerBatch);
        this.firmsPerBatch = firmsPerBatch;
    }

    /** Recomputes the profiles of the firms with these credit codes (unknown codes are skipped). */
    public WriteCounts refresh(Collection<String> usccs, WriteProgress progress) {
        return inBatches(List.copyOf(new LinkedHashSet<>(usccs)), progress, FirmProfileWriter::recomputed);
    }

    /**
     * Adds what new patents bring to their firms' profiles. Right only on a profile that was right before those
     * patents were written; a firm whose profile was missing or outdated is left with a count that does not match
     * its patents, which {@link #refreshStale} finds and recomputes.
     */
    public WriteCounts add(FirmProfileDeltas deltas, WriteProgress progress) {
        return inBatches(deltas.firms(), progress, (tx, batch) -> added(tx, batch, deltas));
    }

    /** Recomputes every firm's profile. */
    public WriteCounts refreshAll(WriteProgress progress) {
        return refresh(read("MATCH (e:Enterprise) RETURN e.uscc AS uscc ORDER BY uscc"), progress);
    }

    /**
     * Recomputes the profiles that are missing or whose patent count no longer matches the graph: a store written
     * before profiles existed, patents written by something other than IPBridge's write path, or an import killed
     * before it brought its firms' profiles up to date.
     */
    public WriteCounts refreshStale(WriteProgress progress) {
        List<String> stale = read(STALE);
        return stale.isEmpty() ? WriteCounts.ZERO : refresh(stale, progress);
    }

    /** A batch's firms, what they have, and the classes read so far, from which a step computes what they want. */
    private record Batch(List<String> usccs, FirmProfiles stored, IpcClassIds classes) {
    }

    private WriteCounts inBatches(List<String> usccs, WriteProgress progress,
                                  BiFunction<TransactionContext, Batch, Wanted> wanted) {
        WriteCounts counts = WriteCounts.ZERO;
        IpcClassIds classes = new IpcClassIds();
        InstitutionFields fieldsOf = new InstitutionFields();
        for (int from = 0; from < usccs.size(); from += firmsPerBatch) {
            List<String> firms = usccs.subList(from, Math.min(usccs.size(), from + firmsPerBatch));
            counts = counts.plus(writer.inTransaction(tx -> {
                Batch batch = new Batch(firms, new FirmProfiles(tx, firms), classes);
                return batch.stored().write(tx, wanted.apply(tx, batch), fieldsOf)
                        .plus(new WriteCounts(firms.size(), 0, 0, 0));
            }));
            progress.committed("firm profiles", counts.items());
        }
        return counts;
    }

    private static Wanted recomputed(TransactionContext tx, Batch batch) {
        List<Record> rows = tx.run(PATENTS_BY_CLASS, Map.of("firms", List.copyOf(batch.stored().firmIds.values())))
                .list();
        batch.classes().read(tx, rows.stream().map(r -> r.get("code")).filter(v -> !v.isNull())
                .map(Value::asString).toList());
        Wanted wanted = new Wanted();
        for (Record r : rows) {
            String firm = r.get("firm").asString();
            long n = r.get("n").asLong();
            wanted.figures().merge(firm, new Figures(n, r.get("granted").asLong(), r.get("lapsed").asLong(),
                    LatestInventions.kept(r.get("latest").asList(v -> v.asString()).stream())), Figures::plus);
            if (!r.get("code").isNull()) {
                link(wanted, batch.classes(), firm, r.get("code").asString(), new Link(n, r.get("sample").asString()));
            }
        }
        return wanted;
    }

    private static Wanted added(TransactionContext tx, Batch batch, FirmProfileDeltas deltas) {
        FirmProfiles stored = batch.stored();
        batch.classes().read(tx, batch.usccs().stream().flatMap(u -> deltas.fields(u).keySet().stream()).toList());
        Wanted wanted = new Wanted();
        wanted.fields().putAll(stored.fields);
        wanted.subclasses().putAll(stored.subclasses);
        for (String uscc : batch.usccs()) {
            String firm = stored.firmIds.get(uscc);
            if (firm != null) {
                wanted.figures().put(firm, stored.figures.getOrDefault(firm, Figures.ZERO).plus(deltas.figures(uscc)));
                deltas.fields(uscc).forEach((code, link) -> link(wanted, batch.classes(), firm, code, link));
            }
        }
        return wanted;
    }

    /** Adds {@code link} to the firm's link to the class with {@code code} and to the subclass at or above it. */
    private static void link(Wanted wanted, IpcClassIds classes, String firm, String code, Link link) {
        IpcClassIds.Ids ids = classes.of(code);
        if (ids == null) {
            return;
        }
        wanted.fields().merge(new Pair(firm, ids.id()), link, Link::plus);
        if (ids.subclass() != null) {
            wanted.subclasses().merge(new Pair(firm, ids.subclass()), new Link(link.patents(), null), Link::plus);
        }
    }

    private List<String> read(String cypher) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> tx.run(cypher).list(r -> r.get("uscc").asString()));
        }
    }
}
