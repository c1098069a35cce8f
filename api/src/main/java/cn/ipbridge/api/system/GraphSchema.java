package cn.ipbridge.api.system;

import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;

import cn.ipbridge.graph.database.SchemaMigrations;

/**
 * Brings the database's schema up to date while the application starts, before the web server takes requests.
 * Other start-up work that needs the schema depends on this bean.
 */
@Component
public class GraphSchema {

    private final String version;

    GraphSchema(Driver driver, Neo4jSettings settings) {
        this.version = SchemaMigrations.apply(driver, settings.database());
    }

    /** The newest migration applied. */
    public String version() {
        return version;
    }
}
