package cn.ipbridge.graph.importing;

import java.nio.file.Path;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import cn.ipbridge.graph.database.DriverLogging;

/** {@code ChildImport BOLT_URI FILE BATCH_SIZE}: a patent import in its own JVM, for {@link KilledImportIT} to kill. */
public final class ChildImport {

    private ChildImport() {
    }

    public static void main(String[] args) {
        try (Driver driver = GraphDatabase.driver(args[0], AuthTokens.none(), DriverLogging.standalone())) {
            new ImportRun(driver, null, Integer.parseInt(args[2])).run(new SourceFile(Path.of(args[1]), null),
                    ImportOptions.of(ImportKind.PATENTS), ImportProgress.NONE);
        }
    }
}
