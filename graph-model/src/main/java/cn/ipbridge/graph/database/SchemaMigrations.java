package cn.ipbridge.graph.database;

import java.util.Optional;

import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database's schema (constraints, indexes, full-text indexes) to the newest version, using the
 * versioned Cypher files in {@code neo4j/migrations} on the classpath. Applied files are checksummed, so an
 * edited migration is refused rather than silently skipped.
 */
public final class SchemaMigrations {

    public static final String LOCATION = "classpath:neo4j/migrations";
    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private SchemaMigrations() {
    }

    /** Applies every pending migration and returns the version the database is at afterwards. */
    public static String apply(Driver driver, String database) {
        MigrationsConfig.Builder config = MigrationsConfig.builder()
                .withLocationsToScan(LOCATION)
                .withPackagesToScan();
        if (database != null && !database.isBlank()) {
            config = config.withDatabase(database);
        }
        Migrations migrations = new Migrations(config.build(), driver);
        Optional<String> version = migrations.apply().map(MigrationVersion::getValue);
        log.info("Graph schema at version {}", version.orElse("(none)"));
        return version.orElse("");
    }
}
