package cn.ipbridge.api.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import cn.ipbridge.api.support.GraphQlTestBase;

/**
 * Staff upload files to {@code /graphql} as multipart requests (GraphQL multipart request spec) and poll the
 * background job: a real GBK CSV (by README's curl command, run as written), an XLSX with Chinese headers built
 * from real applications, and invalid files whose errors name the line and column. A context and database of
 * their own (the property below), so the imported nodes change nothing other tests assert.
 */
@TestPropertySource(properties = {"ipbridge.dataset.size=none", "ipbridge.test.context=importing"})
class ImportGraphQlIT extends GraphQlTestBase {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path FILES = ROOT.resolve("api/src/test/resources/importing");
    private static final Path GBK_CSV = FILES.resolve("shanghai-ip-institutions-gbk.csv");
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    private int port;

    private WebTestClient http;

    @BeforeEach
    void client() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(60))
                .build();
    }

    @Test
    void readmesCurlCommandImportsTheGbkCsvAndTheJobReportsCountsAndTheGraphRecordsIt() throws Exception {
        assumeThat(Path.of("/usr/bin/curl")).as("curl is installed").exists();
        String command = readmeCurl().replace("http://localhost:8080", "http://localhost:" + port);
        Process curl = new ProcessBuilder("bash", "-c", command).directory(FILES.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String answer = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(curl.waitFor()).as("curl exit code").isZero();
        JsonNode started = JSON.readTree(answer);
        assertThat(started.has("errors")).as(answer).isFalse();
        assertThat(started.at("/data/startImport/state").asString()).isIn("QUEUED", "RUNNING", "SUCCEEDED");

        JsonNode job = awaitJob(started.at("/data/startImport/id").asString());

        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("fileName").asString()).isEqualTo("shanghai-ip-institutions-gbk.csv");
        assertThat(job.get("rowsProcessed").asInt()).isEqualTo(14);
        assertThat(job.get("rowsPerSecond").asDouble()).isPositive();
        JsonNode report = job.get("report");
        assertThat(report.get("rejected").asInt()).isZero();
        assertThat(counts(report)).containsEntry("universities", List.of(5, 0, 0))
                .containsEntry("institutions", List.of(6, 0, 0)).containsEntry("funders", List.of(3, 0, 0));

        // GBK decoded: the Chinese names are in the graph as written
        var imports = graphQl.documentName("imports").variable("first", 50).execute();
        imports.path("imports.edges[?(@.node.id == '%s')].node.fileName".formatted(report.get("importId").asString()))
                .entityList(String.class).containsExactly("shanghai-ip-institutions-gbk.csv");
        graphQl.document("{ universities { name } }").execute()
                .path("universities[*].name").entityList(String.class).contains("华东师范大学", "上海交通大学");
    }

    @Test
    void xlsxWithChineseHeadersImportsAsBackgroundJobAndAgainChangesNothing() throws Exception {
        Path xlsx = applicationsWorkbook();

        JsonNode first = awaitJob(start(xlsx, "PATENTS", Map.of()));
        JsonNode second = awaitJob(start(xlsx, "PATENTS", Map.of()));

        assertThat(first.get("state").asString()).as(first.toString()).isEqualTo("SUCCEEDED");
        assertThat(first.get("rowsProcessed").asInt()).isEqualTo(20);
        assertThat(counts(first.get("report")).get("patents")).isEqualTo(List.of(20, 0, 0));
        assertThat(counts(second.get("report")).get("patents")).isEqualTo(List.of(0, 0, 20));
        assertThat(second.at("/report/sha256").asString()).isEqualTo(first.at("/report/sha256").asString());

        var imports = graphQl.documentName("imports").variable("first", 50).execute();
        imports.path("imports.edges[?(@.node.id == '%s')].node.created".formatted(first.at("/report/importId")
                .asString())).entityList(Integer.class).containsExactly(20);
        imports.path("imports.edges[?(@.node.id == '%s')].node.unchanged".formatted(second.at("/report/importId")
                .asString())).entityList(Integer.class).containsExactly(20);
        imports.path("imports.edges[?(@.node.id == '%s')].node.by".formatted(second.at("/report/importId")
                .asString())).entityList(String.class).containsExactly("测试");
    }

    @Test
    void invalidRowsAreRejectedWithLineColumnAndReasonAndStrictWritesNothing() throws Exception {
        Path csv = Files.createTempDirectory("import-it").resolve("申请-有误.csv");
        Files.writeString(csv, """
                申请号,名称,申请人,申请日
                2023117765870,一种抗起毛起球异形聚酯纤维的制备方法,隆博（嘉兴）科技有限公司,2023-12-21
                2023110830988,一种钢管内壁抛光装置,钢一控股集团有限公司,2023-08-25
                2022111889697,一种铝空气电池及其工作方法,超威电源集团有限公司,2022-13-45
                """, StandardCharsets.UTF_8);

        JsonNode strict = awaitJob(start(csv, "PATENTS", Map.of("strict", true)));
        JsonNode lenient = awaitJob(start(csv, "PATENTS", Map.of()));

        assertThat(strict.get("state").asString()).isEqualTo("FAILED");
        assertThat(strict.get("error").asString()).contains("line 3", "申请号");
        assertThat(strict.at("/report/state").asString()).isEqualTo("REJECTED");
        assertThat(strict.at("/report/importId").isNull()).isTrue();
        assertThat(lenient.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(lenient.at("/report/rejected").asInt()).isEqualTo(2);
        JsonNode rejections = lenient.at("/report/rejections");
        assertThat(rejections.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(rejections.get(0).get("column").asString()).isEqualTo("申请号");
        assertThat(rejections.get(1).get("line").asInt()).isEqualTo(4);
        assertThat(rejections.get(1).get("column").asString()).isEqualTo("申请日");
        assertThat(rejections.get(1).get("reason").asString()).contains("2022-13-45");
        assertThat(counts(lenient.get("report")).get("patents")).isEqualTo(List.of(1, 0, 0));
    }

    @Test
    void aSignInSheetImportedAsAttendanceCountsItsPeopleAsTheYearsTrainees() throws Exception {
        Path programmeFiles = ROOT.resolve("graph-model/src/test/resources/importing");
        awaitJob(start(programmeFiles.resolve("ops-enterprises-utf8bom.csv"), "ENTERPRISES", Map.of()));
        awaitJob(start(programmeFiles.resolve("events-utf8bom.csv"), "EVENTS", Map.of()));
        assertThat(trainees()).as("the events file's one attendee of its training, EV-2025-02").isEqualTo(1.0);

        JsonNode sheet = awaitJob(start(programmeFiles.resolve("attendance-training-gbk.csv"), "ATTENDANCE", Map.of()));

        assertThat(sheet.get("state").asString()).as(sheet.toString()).isEqualTo("SUCCEEDED");
        assertThat(sheet.get("kind").asString()).isEqualTo("ATTENDANCE");
        assertThat(sheet.get("rowsProcessed").asInt()).isEqualTo(7);
        assertThat(counts(sheet.get("report"))).containsExactly(Map.entry("attendance", List.of(0, 1, 0)));
        assertThat(trainees()).as("seven sign-ins, one person twice").isEqualTo(6.0);
    }

    private double trainees() {
        return graphQl.documentName("targetProgress").variable("date", "2025-12-31").execute()
                .path("targetProgress[?(@.target == 'TRAINEES')].actual").entityList(Double.class).get().get(0);
    }

    @Test
    void fileWithoutARequiredColumnFailsNamingItAndBadArgumentsAreRefusedAtOnce() throws Exception {
        Path csv = Files.createTempDirectory("import-it").resolve("机构.csv");
        Files.writeString(csv, "机构名称,年份\n上海大学,2022\n", StandardCharsets.UTF_8);

        JsonNode missing = awaitJob(start(csv, "INSTITUTIONS", Map.of()));

        assertThat(missing.get("state").asString()).isEqualTo("FAILED");
        assertThat(missing.get("error").asString()).contains("type");
        assertThat(missing.get("report").isNull()).isTrue();

        Path pdf = Files.createTempDirectory("import-it").resolve("名单.pdf");
        Files.writeString(pdf, "%PDF-1.4");
        assertThat(post(pdf, "INSTITUTIONS", Map.of()).at("/errors/0/message").asString()).contains("file", ".pdf");
        assertThat(post(csv, "INSTITUTIONS", Map.of("mapping", "no equals sign")).at("/errors/0/message").asString())
                .contains("mapping", "line 1");
    }

    @Test
    void multipartRequestsWithoutThePreflightHeaderAreRefused() {
        MultipartBodyBuilder body = multipart(GBK_CSV, "INSTITUTIONS", Map.of());
        http.post().uri("/graphql").contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(body.build()).exchange()
                .expectStatus().isBadRequest();
    }

    /** The curl command README's "Import data" section gives, continuation lines joined. */
    private static String readmeCurl() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher block = Pattern.compile("```sh\\n(curl [^`]*startImport[^`]*?)```").matcher(readme);
        assertThat(block.find()).as("README has a curl command calling startImport").isTrue();
        return block.group(1).replace("\\\n", " ").strip();
    }

    private String start(Path file, String kind, Map<String, Object> options) {
        JsonNode answer = post(file, kind, options);
        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        return answer.at("/data/startImport/id").asString();
    }

    private JsonNode post(Path file, String kind, Map<String, Object> options) {
        byte[] answer = http.post().uri("/graphql").header("GraphQL-Require-Preflight", "1")
                .contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(multipart(file, kind, options).build())
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
        return JSON.readTree(answer);
    }

    private static MultipartBodyBuilder multipart(Path file, String kind, Map<String, Object> options) {
        Map<String, Object> variables = new HashMap<>(options);
        variables.put("file", null);
        variables.put("kind", kind);
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("operations", JSON.writeValueAsString(Map.of("query", document("startImport"),
                "variables", variables)));
        body.part("map", "{\"0\": [\"variables.file\"]}");
        body.part("0", new FileSystemResource(file));
        return body;
    }

    private JsonNode awaitJob(String id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            JsonNode job = JSON.readTree(http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(JSON.writeValueAsString(Map.of("query", document("importJob"), "variables",
                            Map.of("id", id)))).exchange().expectStatus().isOk().expectBody().returnResult()
                    .getResponseBody()).at("/data/importJob");
            String state = job.get("state").asString();
            if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
                return job;
            }
            assertThat(Instant.now()).as("job " + id + " still " + state).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    /** Entity to [created, updated, unchanged]. */
    private static Map<String, List<Integer>> counts(JsonNode report) {
        Map<String, List<Integer>> counts = new HashMap<>();
        report.get("counts").forEach(c -> counts.put(c.get("entity").asString(), List.of(c.get("created").asInt(),
                c.get("updated").asInt(), c.get("unchanged").asInt())));
        return counts;
    }

    private static String document(String name) {
        try {
            return Files.readString(ROOT.resolve("api/src/test/resources/graphql-test/" + name + ".graphql"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Real applications 21 to 40 of cn-applications-60.tsv (the invalid-rows test uses the first ones) as a workbook with Chinese headers. */
    private static Path applicationsWorkbook() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("graph-model/src/test/resources/importing/cn-applications-60.tsv"));
        Path xlsx = Files.createTempDirectory("import-it").resolve("专利申请.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = workbook.createSheet("专利");
            String[] header = {"申请号", "公开号", "发明名称", "申请人", "专利类型", "申请日", "主分类号", "案件状态"};
            write(sheet.createRow(0), header);
            for (int i = 1; i <= 20; i++) {
                write(sheet.createRow(i), lines.get(20 + i).split("\t", -1));
            }
            workbook.write(out);
        }
        return xlsx;
    }

    private static void write(Row row, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }
}
