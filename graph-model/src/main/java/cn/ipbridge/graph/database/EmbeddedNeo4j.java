package cn.ipbridge.graph.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Neo4j 5.26 engine running inside this JVM, reachable over Bolt on the loopback interface only.
 * Everything talks to it through the Java driver, exactly as it would to a server or a cluster.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final String HOST = "127.0.0.1";

    private final DatabaseManagementService service;
    private final int boltPort;
    private final Path home;

    private EmbeddedNeo4j(DatabaseManagementService service, int boltPort, Path home) {
        this.service = service;
        this.boltPort = boltPort;
        this.home = home;
    }

    /**
     * Starts the engine with its store under {@code home}.
     *
     * @param boltPort the loopback port for Bolt; 0 picks a free one
     * @param pageCacheBytes the page cache size, set explicitly so the engine does not guess from the machine's RAM
     */
    public static EmbeddedNeo4j start(Path home, int boltPort, long pageCacheBytes) {
        int port = boltPort == 0 ? freePort() : boltPort;
        long started = System.nanoTime();
        SocketAddress address = new SocketAddress(HOST, port);
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, address)
                .setConfig(BoltConnector.advertised_address, address)
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Neo4j 5.26 was built on Netty 4.1; its in-JVM local channel does not work on Boot 4's Netty 4.2.
                .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                // Its HTTP connector needs javax Jersey 2, which clashes with Boot 4. Bolt is all we use.
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                .build();
        log.info("Embedded Neo4j started in {} ms, Bolt on bolt://{}:{}, store in {}",
                (System.nanoTime() - started) / 1_000_000, HOST, port, home.toAbsolutePath());
        return new EmbeddedNeo4j(service, port, home);
    }

    /** The Bolt URI a driver connects to. */
    public String boltUri() {
        return "bolt://" + HOST + ":" + boltPort;
    }

    public int boltPort() {
        return boltPort;
    }

    public Path home() {
        return home;
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        service.shutdown();
        log.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free loopback port for Bolt", e);
        }
    }
}
