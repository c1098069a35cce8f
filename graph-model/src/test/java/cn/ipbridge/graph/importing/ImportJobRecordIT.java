package cn.ipbridge.graph.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.ipbridge.graph.database.TestDatabase;

/**
 * The {@code ImportJob} node through a job's life, on the real embedded Neo4j: queued, running, its progress at most
 * once a second, its whole report (or its failure), the newest {@link ImportJobRecord#KEPT} kept, and the heartbeat.
 */
class ImportJobRecordIT {

    private static final Instant NINE = Instant.parse("2026-12-06T09:00:00Z");

    private final TestDatabase db = TestDatabase.get();
    private final ImportJobRecord records = new ImportJobRecord(db.driver(), null);
    private final ImportRun importer = new ImportRun(db.driver(), null);

    @BeforeEach
    void emptyGraph() {
        db.clear();
    }

    @Test
    void aJobIsRecordedFromQueuedToItsWholeReport(@TempDir Path dir) throws IOException {
        records.queued("job-1", ImportKind.INSTITUTIONS, "机构.csv", "测试", "api-1/1-0a0b0c0d", NINE);

        assertThat(job("job-1")).containsEntry("state", "QUEUED").containsEntry("instance", "api-1/1-0a0b0c0d")
                .containsEntry("by", "测试").containsEntry("kind", "INSTITUTIONS").containsEntry("rowsProcessed", 0L)
                .doesNotContainKeys("runningSince", "reportState");
        assertThat(((ZonedDateTime) job("job-1").get("submittedAt")).toInstant()).isEqualTo(NINE);

        records.running("job-1");
        assertThat(job("job-1")).containsEntry("state", "RUNNING").containsKey("runningSince");

        ImportReport report = importer.run(new SourceFile(institutions(dir), null),
                ImportOptions.of(ImportKind.INSTITUTIONS), ImportProgress.NONE, "job-1");
        records.finished("job-1", report, null);

        Map<String, Object> job = job("job-1");
        assertThat(job).containsEntry("state", "SUCCEEDED").containsEntry("reportState", "COMPLETED")
                .containsEntry("importId", "job-1").containsEntry("rowsProcessed", 4L)
                .containsEntry("rowsWritten", 2L).containsEntry("rowsRead", 4L).containsEntry("rejected", 2L)
                .containsEntry("ignoredColumns", List.of("联系人")).containsKey("finishedAt")
                .containsEntry("sha256", report.sha256()).doesNotContainKey("error");
        assertThat(job.get("counts"))
                .isEqualTo("[{\"created\":2,\"entity\":\"institutions\",\"unchanged\":0,\"updated\":0}]");
        assertThat(job.get("rejections")).isEqualTo("[{\"column\":\"认定年份\",\"line\":3,"
                + "\"reason\":\"not a whole number: '二〇二二'\"},{\"column\":null,\"line\":5,"
                + "\"reason\":\"repeats the key 上海甲服务中心 of line 2\"}]");
    }

    @Test
    void aDryRunIsRecordedOnItsJobAloneWithoutAnImportId(@TempDir Path dir) throws IOException {
        records.queued("dry", ImportKind.INSTITUTIONS, "机构.csv", "测试", "api-1/1-0a0b0c0d", NINE);
        ImportOptions dryRun = new ImportOptions(ImportKind.INSTITUTIONS, UserMapping.NONE, false, true, "测试", null);

        records.finished("dry", importer.run(new SourceFile(institutions(dir), null), dryRun, ImportProgress.NONE,
                "dry"), null);

        assertThat(job("dry")).containsEntry("state", "SUCCEEDED").containsEntry("reportState", "DRY_RUN")
                .containsEntry("rejected", 2L).doesNotContainKey("importId");
        assertThat(db.count("MATCH (n) WHERE NOT n:ImportJob RETURN count(n)")).isZero();
    }

    @Test
    void progressIsWrittenAtMostOnceASecondAndAFailureKeepsTheLastFigures() {
        records.queued("slow", ImportKind.PATENTS, "专利.csv", "测试", "api-1/1-0a0b0c0d", NINE);
        records.running("slow");
        AtomicLong clock = new AtomicLong(0);
        ImportJobProgress progress = new ImportJobProgress(records, "slow", clock::get);

        progress.advanced(10_000, 5_000);
        clock.addAndGet(ImportJobProgress.INTERVAL_NANOS - 1);
        progress.advanced(20_000, 10_000);
        assertThat(job("slow")).containsEntry("rowsProcessed", 10_000L).containsEntry("rowsWritten", 5_000L);

        clock.addAndGet(1);
        progress.advanced(30_000, 20_000);
        assertThat(job("slow")).containsEntry("rowsProcessed", 30_000L).containsEntry("rowsWritten", 20_000L);

        clock.addAndGet(1);
        progress.advanced(35_000, 30_000);
        records.failed("slow", "the import failed: disk full", progress.rowsRead(), progress.rowsWritten());
        assertThat(job("slow")).containsEntry("state", "FAILED").containsEntry("error", "the import failed: disk full")
                .containsEntry("rowsProcessed", 35_000L).containsEntry("rowsWritten", 30_000L)
                .doesNotContainKey("reportState");
    }

    @Test
    void aProgressWriteThatFailsDoesNotFailTheImport(@TempDir Path dir) throws IOException {
        ImportJobRecord unreachable = new ImportJobRecord(db.driver(), "no-such-database");

        ImportReport report = importer.run(new SourceFile(institutions(dir), null),
                ImportOptions.of(ImportKind.INSTITUTIONS), new ImportJobProgress(unreachable, "lost"), "lost");

        assertThat(report.state()).isEqualTo("COMPLETED");
        assertThat(db.count("MATCH (i:Institution) RETURN count(i)")).isEqualTo(2);
    }

    @Test
    void queueingAJobKeepsOnlyTheNewestJobs() {
        for (int i = 0; i < ImportJobRecord.KEPT + 3; i++) {
            records.queued("job-%03d".formatted(i), ImportKind.PATENTS, "专利.csv", "测试", "api-1/1-0a0b0c0d",
                    NINE.plusSeconds(i));
        }

        assertThat(db.count("MATCH (j:ImportJob) RETURN count(j)")).isEqualTo(ImportJobRecord.KEPT);
        assertThat(db.count("MATCH (j:ImportJob) WHERE j.id IN ['job-000', 'job-001', 'job-002'] RETURN count(j)"))
                .isZero();
        assertThat(db.count("MATCH (j:ImportJob {id: 'job-003'}) RETURN count(j)")).isOne();
    }

    @Test
    void theHeartbeatStampsQueuedAndRunningJobsOnly() {
        records.queued("waiting", ImportKind.INSTITUTIONS, "机构.csv", "测试", "api-1/1-0a0b0c0d", NINE);
        records.queued("done", ImportKind.INSTITUTIONS, "机构.csv", "测试", "api-1/1-0a0b0c0d", NINE);
        records.failed("done", "a required column is missing: type", 0, 0);
        ZonedDateTime doneAt = (ZonedDateTime) job("done").get("updatedAt");

        records.touch(List.of("waiting", "done"));

        assertThat(((ZonedDateTime) job("waiting").get("updatedAt")).toInstant()).isAfter(NINE);
        assertThat(job("done")).containsEntry("updatedAt", doneAt);
    }

    private Map<String, Object> job(String id) {
        try (var session = db.driver().session()) {
            return session.executeRead(tx -> tx.run("MATCH (j:ImportJob {id: $id}) RETURN properties(j) AS j",
                    Map.of("id", id)).single().get("j").asMap());
        }
    }

    /** Lines 2 and 4 valid, line 3 a year that is no number, line 5 repeats line 2; a column no field takes. */
    private static Path institutions(Path dir) throws IOException {
        return Files.writeString(dir.resolve("机构.csv"), """
                机构名称,机构类型,认定年份,联系人
                上海甲服务中心,service,2022,张三
                上海乙服务中心,service,二〇二二,李四
                上海丙服务中心,service,2023,王五
                上海甲服务中心,service,2024,赵六
                """);
    }
}
