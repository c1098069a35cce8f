package cn.ipbridge.graph.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import cn.ipbridge.graph.database.DriverLogging;
import cn.ipbridge.graph.database.EmbeddedNeo4j;
import cn.ipbridge.graph.database.SchemaMigrations;
import cn.ipbridge.graph.write.GraphWriter;
import cn.ipbridge.graph.write.TaxonomyLoader;
import cn.ipbridge.graph.write.WriteProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Measures the write rate of a full-size graph into a fresh embedded database with a 2 GB page cache. Not part of
 * the default run; run it by hand:
 *
 * <pre>
 * ./mvnw -pl graph-model verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=GeneratorWriteRateIT -Dipbridge.generator.size=SHANGHAI
 * </pre>
 *
 * <p>Measured on a 2-core development machine shared with other builds (load average about 12): SHANGHAI, 608,316
 * patents in 287 s (2,100 patents/s, between 1,000 and 5,500 in ten-second windows as the load varied), 1.1 million
 * citations in 95 s, the whole graph in 421 s.
 */
@EnabledIfSystemProperty(named = "ipbridge.generator.size", matches = "DEMO|SHANGHAI")
class GeneratorWriteRateIT {

    @Test
    void writesTheGraphAndReportsTheRate() throws IOException {
        DatasetSize size = DatasetSize.valueOf(System.getProperty("ipbridge.generator.size"));
        Path home = Files.createTempDirectory("ipbridge-write-rate");
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(home, 0, 2L << 30);
             Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none(), DriverLogging.standalone())) {
            SchemaMigrations.apply(driver, null);
            new TaxonomyLoader(driver, null).load(WriteProgress.NONE);
            Duration cpu = ProcessCpu.used();
            long[] last = {System.nanoTime()};
            GenerationSummary summary = new GraphGenerator(size, 42).write(new GraphWriter(driver, null),
                    (what, done) -> {
                        if (System.nanoTime() - last[0] > 10_000_000_000L) {
                            last[0] = System.nanoTime();
                            System.out.printf("  %s: %,d%n", what, done);
                        }
                    });
            System.out.printf("%s graph written (%.0f s of CPU):%n%s%n", size,
                    ProcessCpu.used().minus(cpu).toMillis() / 1000.0, summary);
        } finally {
            deleteTree(home);
        }
    }

    /** The store of a Shanghai-size graph takes gigabytes: do not leave it behind. */
    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
