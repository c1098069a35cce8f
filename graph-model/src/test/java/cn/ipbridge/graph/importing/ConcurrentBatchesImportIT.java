package cn.ipbridge.graph.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.ipbridge.graph.database.TestDatabase;
import cn.ipbridge.graph.importing.benchmark.BenchmarkData;
import cn.ipbridge.graph.write.GraphWriter;
import cn.ipbridge.graph.write.ProfileSnapshot;
import cn.ipbridge.graph.write.RowStatuses;
import cn.ipbridge.graph.write.WriteProgress;

/**
 * Patent batches written two at a time, sharing applicants, firms and classes, give the graph the file implies:
 * every applicant of every row linked once (no link lost to an Applicant another batch was creating, no Applicant
 * twice), every firm's profile up to date, and a second import that changes nothing.
 */
class ConcurrentBatchesImportIT {

    private static final int ROWS = 6_000;

    private final TestDatabase db = TestDatabase.get();

    @TempDir
    Path dir;

    @Test
    void batchesWrittenTwoAtATimeLinkEveryApplicantOnceAndKeepProfilesUpToDate() throws IOException {
        db.clear();
        GraphWriter graph = new GraphWriter(db.driver(), null);
        graph.taxonomy().ipcClasses(BenchmarkData.ipcClasses(), WriteProgress.NONE);
        graph.enterprises().enterprises(BenchmarkData.enterprises(), WriteProgress.NONE);
        graph.organisations().universities(BenchmarkData.universities(), WriteProgress.NONE);
        Path file = dir.resolve("patents.csv");
        BenchmarkData.writePatents(file, ROWS);
        long links = 0;
        long research = 0;
        Set<String> others = new HashSet<>();
        for (String line : Files.readAllLines(file).subList(1, ROWS + 1)) {
            List<String> names = Arrays.stream(line.split(",")[2].split(";")).distinct().toList();
            links += names.size();
            names.stream().filter(n -> n.startsWith("申请人")).forEach(others::add);
            research += names.stream().anyMatch(n -> n.startsWith("测试大学")) ? 1 : 0;
        }
        ImportRun importer = new ImportRun(db.driver(), null, 250);

        ImportReport first = importer.run(new SourceFile(file, null), ImportOptions.of(ImportKind.PATENTS),
                ImportProgress.NONE);

        assertThat(first.written().get("patents")).isEqualTo(new RowStatuses(ROWS, 0, 0));
        assertThat(db.count("MATCH (:Patent)-[r:APPLIED_BY]->() RETURN count(r)")).isEqualTo(links);
        assertThat(db.count("MATCH (a:Applicant) RETURN count(a)")).isEqualTo(others.size());
        assertThat(db.count("MATCH (a:Applicant) WHERE NOT (a)<-[:APPLIED_BY]-() RETURN count(a)")).isZero();
        assertThat(research).isPositive();
        assertThat(db.count("MATCH (:Patent)-[r:RESEARCH_PATENT_IN]->() RETURN count(r)")).isEqualTo(research);
        assertThat(db.count("MATCH (p:Patent) WHERE NOT (p)-[:CLASSIFIED_AS {main: true}]->() RETURN count(p)"))
                .isZero();
        assertThat(db.count("""
                MATCH (e:Enterprise) WHERE e.patentCount IS NULL OR e.patentCount <> COUNT { (e)<-[:APPLIED_BY]-() }
                RETURN count(e)""")).isZero();
        assertThat(db.count("MATCH (e:Enterprise) RETURN sum(e.patentCount)"))
                .isEqualTo(db.count("MATCH (:Patent)-[r:APPLIED_BY]->(:Enterprise) RETURN count(r)"));
        ProfileSnapshot.assertUpToDate(db);

        ImportReport second = importer.run(new SourceFile(file, null), ImportOptions.of(ImportKind.PATENTS),
                ImportProgress.NONE);

        assertThat(second.written().get("patents")).isEqualTo(new RowStatuses(0, 0, ROWS));
        assertThat(db.count("MATCH (:Patent)-[r:APPLIED_BY]->() RETURN count(r)")).isEqualTo(links);
        assertThat(db.count("MATCH (a:Applicant) RETURN count(a)")).isEqualTo(others.size());
    }
}
