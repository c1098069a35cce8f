package cn.ipbridge.graph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * One real embedded Neo4j for all integration tests of this module (started on first use, stopped when the JVM
 * exits), with the schema migrations applied. Tests that write call {@link #clear()} first.
 */
public final class TestDatabase {

    private static TestDatabase instance;

    private final EmbeddedNeo4j neo4j;
    private final Driver driver;

    private TestDatabase(EmbeddedNeo4j neo4j) {
        this.neo4j = neo4j;
        this.driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none(), DriverLogging.standalone());
        SchemaMigrations.apply(driver, null);
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            try {
                Path home = Files.createTempDirectory("ipbridge-graph-model-it");
                instance = new TestDatabase(EmbeddedNeo4j.start(home, 0, 256L * 1024 * 1024));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    instance.driver.close();
                    instance.neo4j.close();
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public Driver driver() {
        return driver;
    }

    public String boltUri() {
        return neo4j.boltUri();
    }

    /** Removes every node and relationship; constraints and indexes stay. */
    public void clear() {
        try (var session = driver.session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    /** Runs a read query returning a single number, for assertions. */
    public long count(String cypher) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher).single().get(0).asLong());
        }
    }
}
