package cn.ipbridge.api.system;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.ipbridge.graph.generator.DatasetSize;
import cn.ipbridge.graph.generator.GraphGenerator;
import cn.ipbridge.graph.write.GraphWriter;
import cn.ipbridge.graph.write.TaxonomyLoader;

/**
 * Writes the taxonomy and a generated data set into an empty database while the application starts, so that a
 * fresh clone shows a realistic graph at once. A database that already holds enterprises is left as it is, so
 * restarting never loads the data twice.
 */
@Component
class FirstDataSet {

    private static final Logger log = LoggerFactory.getLogger(FirstDataSet.class);

    FirstDataSet(GraphSchema schema, Driver driver, Neo4jSettings neo4j, DatasetSettings dataset) {
        if (dataset.none()) {
            return;
        }
        if (hasEnterprises(driver, neo4j.database())) {
            log.info("The graph already holds enterprises: no data set written");
            return;
        }
        write(driver, neo4j.database(), dataset);
    }

    /** Writes the taxonomy and the chosen data set, whatever the graph holds (the writes are idempotent). */
    static void write(Driver driver, String database, DatasetSettings dataset) {
        DatasetSize size = sizeOf(dataset.size());
        long started = System.nanoTime();
        log.info("Writing the {} data set (seed {}) into the graph...", dataset.size(), dataset.seed());
        GraphWriter writer = new GraphWriter(driver, database);
        ProgressLog progress = new ProgressLog();
        new TaxonomyLoader(writer).load(progress);
        var summary = new GraphGenerator(size, dataset.seed()).write(writer, progress);
        log.info("Wrote the {} data set in {} s: {}", dataset.size(),
                String.format("%.1f", (System.nanoTime() - started) / 1e9), summary);
    }

    static DatasetSize sizeOf(String size) {
        for (DatasetSize candidate : DatasetSize.values()) {
            if (candidate.name().equalsIgnoreCase(size)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("ipbridge.dataset.size (IPBRIDGE_DATASET) must be demo, shanghai or none, was "
                + size);
    }

    private static boolean hasEnterprises(Driver driver, String database) {
        SessionConfig config = database == null || database.isBlank()
                ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
        try (var session = driver.session(config)) {
            return session.executeRead(tx -> tx.run("MATCH (e:Enterprise) RETURN count(e) > 0 AS any")
                    .single().get("any").asBoolean());
        }
    }
}
