package cn.ipbridge.graph.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.ipbridge.graph.database.TestDatabase;
import cn.ipbridge.graph.importing.benchmark.BenchmarkData;
import cn.ipbridge.graph.write.GraphWriter;
import cn.ipbridge.graph.write.ProfileSnapshot;
import cn.ipbridge.graph.write.RowStatuses;
import cn.ipbridge.graph.write.WriteProgress;

/**
 * An import killed with SIGKILL part-way leaves whole batches only (every patent with its applicants and classes)
 * and its Import node RUNNING; importing the file again completes it.
 */
class KilledImportIT {

    private static final int ROWS = 60_000;
    private static final int BATCH = 2_000;

    private final TestDatabase db = TestDatabase.get();

    @TempDir
    Path dir;

    @Test
    void killedImportLeavesWholeBatchesAndARunningRecordAndARerunCompletesIt() throws Exception {
        db.clear();
        GraphWriter graph = new GraphWriter(db.driver(), null);
        graph.taxonomy().ipcClasses(BenchmarkData.ipcClasses(), WriteProgress.NONE);
        graph.enterprises().enterprises(BenchmarkData.enterprises(), WriteProgress.NONE);
        graph.organisations().universities(BenchmarkData.universities(), WriteProgress.NONE);
        Path file = dir.resolve("patents.csv");
        BenchmarkData.writePatents(file, ROWS);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ChildImport.class.getName(), db.boltUri(),
                file.toString(), String.valueOf(BATCH)).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (patents() < 2L * BATCH && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        child.destroyForcibly().waitFor();

        long written = patents();
        assertThat(written).as("killed mid-way").isBetween(2L * BATCH, ROWS - 1L);
        assertThat(written % BATCH).as("whole batches only").isZero();
        assertThat(db.count("MATCH (p:Patent) WHERE NOT (p)-[:APPLIED_BY]->() OR NOT (p)-[:CLASSIFIED_AS]->() "
                + "RETURN count(p)")).isZero();
        assertThat(db.count("MATCH (i:Import {state: 'RUNNING'}) RETURN count(i)")).isEqualTo(1);

        ImportReport rerun = new ImportRun(db.driver(), null, 10_000).run(new SourceFile(file, null),
                ImportOptions.of(ImportKind.PATENTS), ImportProgress.NONE);

        assertThat(rerun.written().get("patents")).isEqualTo(new RowStatuses(ROWS - written, 0, written));
        assertThat(patents()).isEqualTo(ROWS);
        assertThat(db.count("MATCH (p:Patent) WHERE NOT (p)-[:APPLIED_BY]->() OR NOT (p)-[:CLASSIFIED_AS]->() "
                + "RETURN count(p)")).isZero();
        assertThat(List.of(db.count("MATCH (i:Import {state: 'COMPLETED'}) RETURN count(i)"),
                db.count("MATCH (i:Import {state: 'RUNNING'}) RETURN count(i)"))).containsExactly(1L, 1L);
        // The killed run's patents reached no profile; the re-run's additions alone would leave those firms short.
        ProfileSnapshot.assertUpToDate(db);
    }

    private long patents() {
        return db.count("MATCH (p:Patent) RETURN count(p)");
    }
}
