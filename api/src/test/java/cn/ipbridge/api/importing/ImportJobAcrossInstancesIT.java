package cn.ipbridge.api.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.context.TestPropertySource;

import cn.ipbridge.api.support.GraphQlTestBase;
import cn.ipbridge.api.system.Neo4jSettings;
import cn.ipbridge.api.system.Upload;
import cn.ipbridge.graph.importing.ImportJobRecord;
import cn.ipbridge.graph.importing.ImportKind;
import cn.ipbridge.graph.importing.ImportRun;

/**
 * Another instance behind the load balancer, without a second JVM: the jobs here are taken and run by an
 * {@link ImportJobs} of the test's own, named {@value #OTHER}, on the application's database, and asked for through
 * the application's {@code importJob}, whose own ImportJobs never saw them. What it answers, at every stage, can
 * come from the graph alone. Same context and database as {@link ImportGraphQlIT}; the names imported are this
 * class's own.
 */
@TestPropertySource(properties = {"ipbridge.dataset.size=none", "ipbridge.test.context=importing"})
class ImportJobAcrossInstancesIT extends GraphQlTestBase {

    private static final String OTHER = "other-instance/42-0badcafe";

    @Autowired
    private Driver driver;

    @Autowired
    private Neo4jSettings settings;

    @Test
    void aJobAnotherInstanceRanIsAnsweredInFullWithItsRejectionsAndIgnoredColumns() throws IOException {
        ImportJobs other = otherInstance(ImportRun.DEFAULT_BATCH_SIZE);
        try {
            ImportJob started = other.start(upload("服务机构.csv", institutions("甲")), ImportKind.INSTITUTIONS,
                    false, false, null, "测试", null);

            Map<String, Object> job = awaitJob(started.id());

            assertThat(job).containsEntry("state", "SUCCEEDED").containsEntry("instance", OTHER)
                    .containsEntry("by", "测试").containsEntry("kind", "INSTITUTIONS")
                    .containsEntry("fileName", "服务机构.csv").containsEntry("rowsProcessed", 4)
                    .containsEntry("rowsWritten", 2).containsEntry("submittedAt", started.submittedAt())
                    .containsEntry("updatedAt", job.get("finishedAt"));
            assertThat(job.get("runningSince")).isNotNull();
            assertThat((Double) job.get("rowsPerSecond")).isPositive();
            Map<String, Object> report = report(job);
            assertThat(report).containsEntry("importId", started.id()).containsEntry("state", "COMPLETED")
                    .containsEntry("rowsRead", 4).containsEntry("rejected", 2)
                    .containsEntry("counts", List.of(Map.of("entity", "institutions", "created", 2, "updated", 0,
                            "unchanged", 0)))
                    .containsEntry("ignoredColumns", List.of("联系人"));
            assertThat((String) report.get("sha256")).hasSize(64);
            List<Map<String, Object>> rejections = list(report.get("rejections"));
            assertThat(rejections).extracting(r -> r.get("line")).containsExactly(3, 5);
            assertThat(rejections).extracting(r -> r.get("column")).containsExactly("认定年份", null);
            assertThat(rejections.get(0).get("reason")).isEqualTo("not a whole number: '二〇二二'");
            assertThat(rejections.get(1).get("reason")).isEqualTo("repeats the key 上海甲服务中心一 of line 2");
        } finally {
            other.destroy();
        }
    }

    /**
     * The test holds a write lock on the institution the third batch (of two rows) updates, so the first job stops
     * there after its first batches, and a second job waits behind it; both are read meanwhile.
     */
    @Test
    void progressWhileAJobRunsAndAJobWaitingBehindItAreAnsweredFromTheGraph() throws IOException {
        String locked = "上海乙服务中心五";
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run("CREATE (:Institution {name: $name})",
                    Map.of("name", locked)).consume());
        }
        String twenty = "机构名称,机构类型\n" + IntStream.rangeClosed(1, 20)
                .mapToObj(i -> (i == 5 ? locked : "上海乙服务中心" + i) + ",service\n").collect(Collectors.joining());
        ImportJobs other = otherInstance(2);
        ImportJob running;
        ImportJob queued;
        Map<String, Object> during;
        Map<String, Object> waiting;
        try (Session session = driver.session(); Transaction lock = session.beginTransaction()) {
            lock.run("MATCH (i:Institution {name: $name}) SET i.heldByTheTest = true", Map.of("name", locked))
                    .consume();
            running = other.start(upload("二十家机构.csv", twenty), ImportKind.INSTITUTIONS, false, false, null, null,
                    null);
            during = awaitJob(running.id(), j -> ((Integer) j.get("rowsWritten")) > 0);
            queued = other.start(upload("一家机构.csv", "机构名称,机构类型\n上海丙服务中心,service\n"),
                    ImportKind.INSTITUTIONS, false, false, null, null, null);
            waiting = job(queued.id());
            lock.rollback();
        }
        try {
            assertThat(during).containsEntry("state", "RUNNING").containsEntry("instance", OTHER)
                    .containsEntry("report", null).containsEntry("finishedAt", null);
            assertThat((Integer) during.get("rowsWritten")).isBetween(2, 18);
            assertThat((Integer) during.get("rowsProcessed")).isBetween((Integer) during.get("rowsWritten"), 19);
            assertThat(during.get("runningSince")).isNotNull();
            assertThat(waiting).containsEntry("state", "QUEUED").containsEntry("instance", OTHER)
                    .containsEntry("by", "graphql").containsEntry("rowsProcessed", 0)
                    .containsEntry("rowsPerSecond", 0.0).containsEntry("runningSince", null)
                    .containsEntry("report", null).containsEntry("submittedAt", queued.submittedAt())
                    .containsEntry("updatedAt", queued.submittedAt());

            Map<String, Object> done = awaitJob(running.id());
            assertThat(done).containsEntry("state", "SUCCEEDED").containsEntry("rowsProcessed", 20)
                    .containsEntry("rowsWritten", 20);
            assertThat(report(done)).containsEntry("counts", List.of(Map.of("entity", "institutions",
                    "created", 19, "updated", 1, "unchanged", 0)));
            assertThat(awaitJob(queued.id())).containsEntry("state", "SUCCEEDED");
        } finally {
            other.destroy();
        }
    }

    /**
     * Neo4j reads at read-committed: a read of the node while ImportJobRecord#finished commits can see the new state
     * without the properties that came with it, or those without the new state. Both halves are written here as such
     * a read could find them (from a job that ended), and both are answered as a job still running, without end.
     */
    @Test
    void aJobWhoseEndIsOnlyPartlyVisibleIsAnsweredAsStillRunning() throws IOException {
        ImportJobs other = otherInstance(ImportRun.DEFAULT_BATCH_SIZE);
        String id;
        try {
            id = other.start(upload("半截.csv", institutions("戊")), ImportKind.INSTITUTIONS, false, false, null, null,
                    null).id();
            assertThat(awaitJob(id)).containsEntry("state", "SUCCEEDED");
        } finally {
            other.destroy();
        }
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run("""
                    MATCH (j:ImportJob {id: $id})
                    WITH properties(j) AS p
                    CREATE (stateOnly:ImportJob), (endOnly:ImportJob), (failedOnly:ImportJob)
                    SET stateOnly = p {.*, id: $id + '-state-only'},
                        endOnly = p {.*, id: $id + '-end-only', state: 'RUNNING'},
                        failedOnly = p {.*, id: $id + '-failed-only', state: 'FAILED'}
                    REMOVE stateOnly.finishedAt, stateOnly.reportState, stateOnly.sha256, stateOnly.counts,
                        stateOnly.rejections, stateOnly.ignoredColumns, stateOnly.importId, stateOnly.rowsRead,
                        stateOnly.rejected, failedOnly.error""", Map.of("id", id)).consume());
        }
        for (String torn : List.of(id + "-state-only", id + "-end-only", id + "-failed-only")) {
            assertThat(job(torn)).as(torn).containsEntry("state", "RUNNING").containsEntry("report", null)
                    .containsEntry("finishedAt", null).containsEntry("error", null)
                    .containsEntry("rowsProcessed", 4);
        }
        assertThat(report(job(id))).as("the whole end").containsEntry("state", "COMPLETED");
    }

    @Test
    void aDryRunAStrictRejectionAndAFileMissingAColumnAreAnsweredFromTheGraph() throws IOException {
        ImportJobs other = otherInstance(ImportRun.DEFAULT_BATCH_SIZE);
        try {
            String id = other.start(upload("试运行.csv", institutions("丁")), ImportKind.INSTITUTIONS, false, true,
                    null, null, null).id();
            String strict = other.start(upload("严格.csv", institutions("丁")), ImportKind.INSTITUTIONS, true, false,
                    null, null, null).id();
            String missing = other.start(upload("缺列.csv", "机构名称,年份\n上海大学,2022\n"),
                    ImportKind.INSTITUTIONS, false, false, null, null, null).id();

            Map<String, Object> dryRun = awaitJob(id);
            assertThat(dryRun).containsEntry("state", "SUCCEEDED").containsEntry("instance", OTHER)
                    .containsEntry("rowsProcessed", 4).containsEntry("rowsWritten", 0);
            assertThat(report(dryRun)).containsEntry("state", "DRY_RUN").containsEntry("importId", null)
                    .containsEntry("rejected", 2).containsEntry("counts", List.of())
                    .containsEntry("ignoredColumns", List.of("联系人"));
            assertThat(list(report(dryRun).get("rejections"))).hasSize(2);
            assertThat(count("MATCH (i:Import {id: $id}) RETURN count(i)", id)).as("no Import node").isZero();
            assertThat(count("MATCH (i:Institution) WHERE i.name STARTS WITH $id RETURN count(i)", "上海丁"))
                    .as("nothing written").isZero();

            Map<String, Object> rejected = awaitJob(strict);
            assertThat(rejected).containsEntry("state", "FAILED");
            assertThat((String) rejected.get("error")).contains("strict import", "line 3", "认定年份");
            assertThat(report(rejected)).containsEntry("state", "REJECTED").containsEntry("importId", null)
                    .containsEntry("rejected", 2);

            Map<String, Object> unreadable = awaitJob(missing);
            assertThat(unreadable).containsEntry("state", "FAILED").containsEntry("report", null)
                    .containsEntry("rowsProcessed", 0);
            assertThat((String) unreadable.get("error")).contains("type");
        } finally {
            other.destroy();
        }
    }

    private ImportJobs otherInstance(int batchSize) {
        return new ImportJobs(new ImportRun(driver, settings.database(), batchSize),
                new ImportJobRecord(driver, settings.database()), OTHER);
    }

    /** Lines 2 and 4 valid, line 3 a year that is no number, line 5 repeats line 2; a column no field takes. */
    private static String institutions(String mark) {
        return """
                机构名称,机构类型,认定年份,联系人
                上海%1$s服务中心一,service,2022,张三
                上海%1$s服务中心二,service,二〇二二,李四
                上海%1$s服务中心三,service,2023,王五
                上海%1$s服务中心一,service,2024,赵六
                """.formatted(mark);
    }

    /** As the multipart request saves it: a file of its own in a directory of its own. */
    private static Upload upload(String name, String text) throws IOException {
        Path file = Files.writeString(Files.createTempDirectory("import-jobs-it").resolve(name), text);
        return new Upload(name, file, Files.size(file));
    }

    private Map<String, Object> awaitJob(String id) {
        return awaitJob(id, j -> false);
    }

    /** Polls the application's importJob until the job ended or {@code enough} holds. */
    private Map<String, Object> awaitJob(String id, Predicate<Map<String, Object>> enough) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            Map<String, Object> job = job(id);
            assertThat(job).as("job " + id).isNotNull();
            if (enough.test(job) || List.of("SUCCEEDED", "FAILED").contains(job.get("state"))) {
                return job;
            }
            assertThat(Instant.now()).as("job " + id + " still " + job.get("state")).isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private Map<String, Object> job(String id) {
        return graphQl.documentName("importJob").variable("id", id).execute().path("importJob")
                .entity(new ParameterizedTypeReference<Map<String, Object>>() {
                }).get();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> report(Map<String, Object> job) {
        return (Map<String, Object>) job.get("report");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private long count(String cypher, String value) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher, Map.of("id", value)).single().get(0).asLong());
        }
    }
}
