package cn.ipbridge.graph.write;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Runs one {@code UNWIND $rows AS r ...} statement over a stream of items, a batch per write transaction.
 * A batch either commits whole or not at all, so a failed or killed write leaves no half-written batch,
 * and the statements are idempotent, so running the same write again completes it.
 */
public final class BatchWriter {

    public static final int DEFAULT_BATCH_SIZE = 10_000;

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final int batchSize;

    public BatchWriter(Driver driver, String database, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        this.driver = driver;
        this.sessionConfig = database == null || database.isBlank()
                ? SessionConfig.defaultConfig()
                : SessionConfig.forDatabase(database);
        this.batchSize = batchSize;
    }

    public <T> WriteCounts write(String what, String cypher, Iterable<T> items,
                                 Function<T, Map<String, Object>> toRow, WriteProgress progress) {
        WriteCounts counts = WriteCounts.ZERO;
        Iterator<T> it = items.iterator();
        try (Session session = driver.session(sessionConfig)) {
            List<Map<String, Object>> rows = new ArrayList<>(batchSize);
            while (it.hasNext()) {
                rows.add(toRow.apply(it.next()));
                if (rows.size() == batchSize || !it.hasNext()) {
                    counts = counts.plus(rows.size(), commit(session, cypher, rows));
                    progress.committed(what, counts.items());
                    rows = new ArrayList<>(batchSize);
                }
            }
        }
        return counts;
    }

    /** Runs {@code work} in one write transaction: it commits whole or not at all (retried on transient errors). */
    public <T> T inTransaction(TransactionCallback<T> work) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(work);
        }
    }

    private static SummaryCounters commit(Session session, String cypher, List<Map<String, Object>> rows) {
        return session.executeWrite(tx -> tx.run(cypher, Map.of("rows", rows)).consume().counters());
    }
}
