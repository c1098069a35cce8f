package cn.ipbridge.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.FileSystemResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import cn.ipbridge.api.IpBridgeApplication;
import cn.ipbridge.graph.database.EmbeddedNeo4j;

/**
 * Two API instances on one Neo4j server reached through the routing scheme, as behind a load balancer in front of
 * a cluster (docs/deployment.md). The server is a second embedded engine started here on a free port: a real
 * single-instance server, which serves routing tables to {@code neo4j://} like a cluster member does.
 */
class ClusterDeploymentIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path INSTITUTIONS = Path.of("src/test/resources/importing/shanghai-ip-institutions-gbk.csv");

    private static EmbeddedNeo4j server;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startServerAndTwoInstances() throws IOException {
        server = EmbeddedNeo4j.start(Files.createTempDirectory("ipbridge-cluster-it"), 0, 128L << 20);
        String uri = "neo4j://127.0.0.1:" + server.boltPort();
        first = instance(uri);
        second = instance(uri);
    }

    private static ConfigurableApplicationContext instance(String uri) {
        return new SpringApplicationBuilder(IpBridgeApplication.class).run("--server.port=0",
                "--ipbridge.neo4j.uri=" + uri, "--ipbridge.dataset.size=none", "--ipbridge.security.enabled=false",
                "--ipbridge.limits.requests-per-minute=0");
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {second, first}) {
            if (context != null) {
                context.close();
            }
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aRoutingUriTurnsTheEmbeddedEngineOff() {
        assertThat(first.getBeanProvider(EmbeddedNeo4j.class).getIfAvailable()).isNull();
        assertThat(second.getBeanProvider(EmbeddedNeo4j.class).getIfAvailable()).isNull();
    }

    @Test
    void readOnlyTransactionsAreOpenedInReadAccessModeSoAClusterRoutesThemToSecondaries() {
        Neo4jClient client = first.getBean(Neo4jClient.class);
        TransactionTemplate readOnly = new TransactionTemplate(first.getBean(PlatformTransactionManager.class));
        readOnly.setReadOnly(true);
        TransactionTemplate writable = new TransactionTemplate(first.getBean(PlatformTransactionManager.class));

        assertThatThrownBy(() -> readOnly.executeWithoutResult(s -> client.query("CREATE (:AccessModeProbe)").run()))
                .hasStackTraceContaining("read access mode");
        writable.executeWithoutResult(s -> client.query("CREATE (:AccessModeProbe) WITH 1 AS x MATCH (p:AccessModeProbe) DELETE p").run());
    }

    @Test
    void poolSettingsReachTheDriverWithTheirDefaults() {
        Neo4jProperties.Pool pool = first.getBean(Neo4jProperties.class).getPool();
        assertThat(pool.getMaxConnectionPoolSize()).isEqualTo(100);
        assertThat(pool.getConnectionAcquisitionTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(pool.getIdleTimeBeforeConnectionTest()).isEqualTo(Duration.ofSeconds(30));
        assertThat(pool.getMaxConnectionLifetime()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aClientReadsItsOwnWriteThroughTheOtherInstanceBySendingBackTheBookmark() throws IOException {
        Answer written = post(first, "defineTopic", Map.of("name", "集群测试",
                "query", Map.of("keywords", java.util.List.of("芯片"))), null);
        assertThat(written.body().has("errors")).as(written.body().toString()).isFalse();
        assertThat(written.bookmark()).as("bookmark of the mutation").isNotBlank();

        Answer read = post(second, "topic", Map.of("name", "集群测试"), written.bookmark());

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().at("/data/topic/name").asString()).as(read.body().toString()).isEqualTo("集群测试");
        assertThat(read.bookmark()).as("the reading instance names its bookmarks too").isNotBlank();
    }

    @Test
    void aBookmarkTheDatabaseDoesNotKnowIsRefusedNamingTheHeader() throws IOException {
        Answer refused = post(second, "topic", Map.of("name", "集群测试"), "FB:not-a-bookmark");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().at("/errors/0/message").asString()).startsWith("Header 'IPBridge-Bookmark'");
        assertThat(post(second, "topic", Map.of("name", "集群测试"), null).status())
                .as("the refused bookmark did not reach the instance's bookmarks").isEqualTo(200);
    }

    @Test
    void anImportJobStartedOnOneInstanceIsAnsweredByTheOther() throws Exception {
        MultipartBodyBuilder upload = new MultipartBodyBuilder();
        Map<String, Object> variables = new HashMap<>();
        variables.put("file", null);
        variables.put("kind", "INSTITUTIONS");
        upload.part("operations", JSON.writeValueAsString(Map.of("query", document("startImport"),
                "variables", variables)));
        upload.part("map", "{\"0\": [\"variables.file\"]}");
        upload.part("0", new FileSystemResource(INSTITUTIONS));
        String started = client(first).post().uri("/graphql").header("GraphQL-Require-Preflight", "1")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(upload.build()).retrieve().body(String.class);
        String id = JSON.readTree(started).at("/data/startImport/id").asString();
        assertThat(id).as(started).isNotBlank();

        JsonNode onSecond = awaitJob(second, id);
        JsonNode onFirst = post(first, "importJob", Map.of("id", id), null).body().at("/data/importJob");

        // the same answer, counts per entity and all, from the job's ImportJob node
        assertThat(onSecond).isEqualTo(onFirst);
        assertThat(onSecond.get("state").asString()).as(onSecond.toString()).isEqualTo("SUCCEEDED");
        assertThat(onSecond.get("fileName").asString()).isEqualTo("shanghai-ip-institutions-gbk.csv");
        assertThat(onSecond.get("instance").asString()).isNotBlank();
        assertThat(onSecond.at("/report/importId").asString()).isEqualTo(id);
        assertThat(onSecond.get("rowsProcessed").asInt()).isEqualTo(14);
        List<String> entities = new ArrayList<>();
        onSecond.at("/report/counts").forEach(c -> entities.add(c.get("entity").asString()));
        assertThat(entities).containsExactlyInAnyOrder("universities", "institutions", "funders");
    }

    private static JsonNode awaitJob(ConfigurableApplicationContext instance, String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode job;
        do {
            Thread.sleep(200);
            job = post(instance, "importJob", Map.of("id", id), null).body().at("/data/importJob");
        } while ((job.isNull() || job.isMissingNode() || job.get("state").asString().matches("QUEUED|RUNNING"))
                && System.nanoTime() < deadline);
        return job;
    }

    private static Answer post(ConfigurableApplicationContext instance, String document, Map<String, Object> variables,
                               String bookmark) throws IOException {
        String body = JSON.writeValueAsString(Map.of("query", document(document), "variables", variables));
        return client(instance).post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    if (bookmark != null) {
                        h.set(BookmarkHeader.NAME, bookmark);
                    }
                })
                .body(body)
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        response.getHeaders().getFirst(BookmarkHeader.NAME),
                        JSON.readTree(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8))));
    }

    private static RestClient client(ConfigurableApplicationContext instance) {
        return RestClient.create("http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port"));
    }

    private static String document(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/graphql-test/" + name + ".graphql"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Answer(int status, String bookmark, JsonNode body) {
    }
}
