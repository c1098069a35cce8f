package cn.ipbridge.api.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where the graph lives. With no {@code uri} a Neo4j engine is embedded in this process; with one
 * (bolt://, neo4j://, neo4j+s://) the same code talks to that server or cluster.
 *
 * @param database the database name on a server that hosts several; blank for the default
 */
@ConfigurationProperties("ipbridge.neo4j")
public record Neo4jSettings(String uri, String username, String password, String database, Embedded embedded) {

    public Neo4jSettings {
        embedded = embedded == null ? new Embedded(null, 7687, null) : embedded;
    }

    public boolean isEmbedded() {
        return uri == null || uri.isBlank();
    }

    /**
     * @param home      directory that keeps the embedded store between restarts
     * @param boltPort  loopback port for Bolt; 0 picks a free one
     * @param pageCache page cache size, set explicitly rather than guessed from the machine's RAM
     */
    public record Embedded(String home, int boltPort, DataSize pageCache) {

        public Embedded {
            home = home == null || home.isBlank() ? "./data/neo4j" : home;
            pageCache = pageCache == null ? DataSize.ofMegabytes(512) : pageCache;
        }
    }
}
