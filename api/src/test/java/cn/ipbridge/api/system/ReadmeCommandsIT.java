package cn.ipbridge.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.ipbridge.graph.identifier.CreditCode;

/**
 * Runs the commands README.md gives a user, as a user would, against the jar this build just packaged:
 * {@code scripts/run} on an empty store (signing in as the administrator it prints), a restart, a second instance
 * reading the first one's database through {@code NEO4J_URI}, {@code scripts/generate}, {@code scripts/import} and
 * {@code scripts/report}, and the benchmarks {@code scripts/bench-matching}, {@code scripts/bench} and
 * {@code scripts/bench-import}.
 */
class ReadmeCommandsIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String COUNTS = "{ enterprises(first: 500) { totalCount edges { node { uscc } } } "
            + "patents(first: 0) { totalCount } }";

    private final ScriptProcesses scripts = new ScriptProcesses(ROOT);

    @AfterEach
    void stopEverything() {
        scripts.stopAll();
    }

    @Test
    void runServesTheDemoGraphKeepsItAcrossRestartsAndSharesItOverBolt() throws Exception {
        Path data = Files.createTempDirectory("ipbridge-readme-run");
        int bolt = freePort();
        Map<String, String> first = Map.of("IPBRIDGE_DATA_DIR", data.toString(),
                "IPBRIDGE_BOLT_PORT", String.valueOf(bolt), "PORT", String.valueOf(freePort()),
                "IPBRIDGE_JAVA_OPTS", "-Xmx1g", "IPBRIDGE_GRAPHIQL", "true");

        ScriptProcesses.Running api = scripts.start("run-first", first, "scripts/run");
        api.awaitHealthy();
        assertThat(api.graphQl().post("{ schemaVersion }")).as("unsigned").contains("Sign in");
        assertThat(api.get("/feeds/notices.atom")).as("the notice feed is public").contains("<feed");
        Matcher printed = Pattern.compile("sign in as 'admin' with password (\\S+)").matcher(api.log());
        assertThat(printed.find()).as("the first start prints the generated administrator password").isTrue();
        String password = printed.group(1);
        api.signIn("admin", password);
        GraphQlClient.Counts initial = api.graphQl().counts(COUNTS);
        assertThat(initial.enterprises()).isGreaterThanOrEqualTo(300);
        assertThat(initial.patents()).isGreaterThan(initial.enterprises());
        assertThat(initial.usccs()).hasSizeGreaterThanOrEqualTo(300).allMatch(CreditCode::isValid);
        assertThat(api.graphQl().post("{ __typename }")).contains("Query");
        assertThat(api.get("/actuator/health")).contains("\"neo4j\"").contains("UP");
        assertThat(api.get("/graphiql")).containsIgnoringCase("graphiql");

        // neo4j:// is the routing scheme a cluster needs; a single server answers its routing requests too.
        ScriptProcesses.Running second = scripts.start("run-second", Map.of(
                "NEO4J_URI", "neo4j://127.0.0.1:" + bolt, "PORT", String.valueOf(freePort()),
                "IPBRIDGE_JAVA_OPTS", "-Xmx512m"), "scripts/run");
        second.awaitHealthy();
        assertThat(second.log()).as("the administrator exists: no new password").doesNotContain("with password");
        second.signIn("admin", password);
        assertThat(second.graphQl().counts(COUNTS)).isEqualTo(initial);

        int generated = scripts.runToEnd("generate-again", Map.of("NEO4J_URI", "bolt://127.0.0.1:" + bolt,
                "IPBRIDGE_JAVA_OPTS", "-Xmx1g"), "scripts/generate", "--size", "demo");
        assertThat(generated).as("scripts/generate exit code").isZero();
        assertThat(api.graphQl().counts(COUNTS)).as("generating the same graph again changes nothing")
                .isEqualTo(initial);
        second.stop();

        api.stop();
        ScriptProcesses.Running restarted = scripts.start("run-restarted", first, "scripts/run");
        restarted.awaitHealthy();
        restarted.signIn("admin", password);
        assertThat(restarted.graphQl().counts(COUNTS)).as("after a restart").isEqualTo(initial);
        assertThat(restarted.log()).contains("already holds enterprises");
    }

    @Test
    void importLoadsTheRealInstitutionsFileAndReportsWhatItDid() throws Exception {
        String file = "graph-model/src/test/resources/importing/shanghai-ip-institutions.tsv";
        Map<String, String> env = Map.of("IPBRIDGE_DATA_DIR", Files.createTempDirectory("ipbridge-readme-import").toString(),
                "IPBRIDGE_BOLT_PORT", String.valueOf(freePort()), "IPBRIDGE_JAVA_OPTS", "-Xmx1g");

        ScriptProcesses.Finished dryRun = scripts.runCapturing("import-dry-run", env,
                "scripts/import", "institutions", file, "--dry-run");
        assertThat(dryRun.exitCode()).as("dry run exit code; output:%n%s", dryRun.output()).isZero();

        ScriptProcesses.Finished imported = scripts.runCapturing("import", env, "scripts/import", "institutions", file);
        assertThat(imported.exitCode()).as("import exit code; output:%n%s", imported.output()).isZero();
        // Into an empty store: the command must not have written the demo data set first.
        assertThat(imported.output()).contains("14 rows read").contains("created 5, updated 0")
                .contains("rejected      0");

        ScriptProcesses.Finished missing = scripts.runCapturing("import-missing", env,
                "scripts/import", "patents", "no-such-file.csv");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.output()).contains("no-such-file.csv");
    }

    @Test
    void generateRefusesUnknownArgumentsNamingThem() throws Exception {
        ScriptProcesses.Finished result = scripts.runCapturing("generate-bad", Map.of(),
                "scripts/generate", "--size", "huge");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("--size").contains("huge");
    }

    @Test
    void reportWritesTheHalfYearReportAsXlsxAndHtmlAndRefusesOtherDays() throws Exception {
        Map<String, String> env = Map.of("IPBRIDGE_DATA_DIR", Files.createTempDirectory("ipbridge-readme-report").toString(),
                "IPBRIDGE_BOLT_PORT", String.valueOf(freePort()), "IPBRIDGE_JAVA_OPTS", "-Xmx1g");
        Path out = Files.createTempDirectory("ipbridge-readme-report-out");
        Path xlsx = out.resolve("2026上半年报告.xlsx");
        Path html = out.resolve("2026上半年报告.html");

        ScriptProcesses.Finished workbook = scripts.runCapturing("report-xlsx", env,
                "scripts/report", "2026-06-30", "--format", "xlsx", "--out", xlsx.toString());
        assertThat(workbook.exitCode()).as("report exit code; output:%n%s", workbook.output()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(book.getSheet("汇总").getRow(0).getCell(0).getStringCellValue()).startsWith("2026年上半年");
        }

        ScriptProcesses.Finished page = scripts.runCapturing("report-html", env,
                "scripts/report", "2026-06-30", "--format", "html", "--out", html.toString());
        assertThat(page.exitCode()).as("report exit code; output:%n%s", page.output()).isZero();
        assertThat(Files.readString(html)).contains("<h2>一、宣传培训</h2>", "<h2>六、重点企业服务</h2>");

        ScriptProcesses.Finished bad = scripts.runCapturing("report-bad", env, "scripts/report", "2026-05-31");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.output()).contains("halfYearEnd").contains("2026-05-31");

        // The matchmaking benchmark on a demo graph in the same store, one second a run after one untimed pass,
        // into a file of its own.
        assertThat(scripts.runToEnd("generate-for-bench", env, "scripts/generate", "--size", "demo"))
                .as("scripts/generate exit code").isZero();
        Path report = out.resolve("BENCHMARKS.md");
        Map<String, String> bench = new java.util.HashMap<>(env);
        bench.put("IPBRIDGE_BENCH_REPORT", report.toString());
        bench.put("IPBRIDGE_BENCH_PORT", String.valueOf(freePort()));
        bench.put("IPBRIDGE_BENCH_WARMUP", "0");
        ScriptProcesses.Finished measured =
                scripts.runCapturing("bench-matching", bench, "scripts/bench-matching", "1");
        assertThat(measured.exitCode()).as("bench-matching exit code; output:%n%s", measured.output()).isZero();
        assertThat(Files.readAllLines(report)).filteredOn(line -> line.startsWith("| firmsForInstitution | 16 |"))
                .singleElement().asString().endsWith("| 0 |");

        // The benchmark suite (scripts/bench) on the same graph, so nothing is generated: one second a run.
        bench.put("IPBRIDGE_BENCH_PORT", String.valueOf(freePort()));
        assertThat(scripts.runCapturing("bench", bench, Duration.ofMinutes(15), "scripts/bench", "--short", "--seconds",
                "1", "--warm-up", "1").exitCode()).as("bench exit code; see target/script-logs/bench.log").isZero();
        List<String> lines = Files.readAllLines(report);
        assertThat(lines).as("the matchmaking section stays")
                .anyMatch(line -> line.startsWith("| firmsForInstitution | 16 |"));
        for (String query : List.of("nested: enterprises > patents > ipcClasses (50)",
                "totalCount with filters", "order by patent count (aggregate)", "full-text search (Chinese)")) {
            assertThat(lines).as("IPBridge, floor and peer answer %s without errors", query)
                    .filteredOn(line -> line.startsWith("| " + query + " | 64 |")).singleElement().asString()
                    .endsWith("| 0 / 0 / 0 |");
        }
        // (the matchmaking section above has a shortestPath row too; the suite's says the peer cannot express it)
        assertThat(lines).filteredOn(line -> line.startsWith("| shortestPath (4) | 16 |") && line.contains("cannot"))
                .singleElement().asString().contains("cannot express").endsWith("| 0 / 0 / - |");
        assertThat(lines).as("the suite says how the warm-up went")
                .anyMatch(line -> line.startsWith("Warm-up, rounds of the whole mix at 16 clients (1 s a query)")
                        && line.contains("IPBridge") && line.contains("floor") && line.contains("peer"));
        assertThat(lines).anyMatch(line -> line.contains("IPBridge errors in all runs: 0."))
                .anyMatch(line -> line.startsWith("- API and embedded database under 2 GB resident:"));
    }

    @Test
    void benchImportComparesTheImporterWithLoadCsvOnTheSameFile() throws Exception {
        ScriptProcesses.Finished measured = scripts.runCapturing("bench-import", Map.of("IPBRIDGE_JAVA_OPTS", "-Xmx1g"),
                "scripts/bench-import", "2000", Files.createTempDirectory("ipbridge-readme-bench-import").toString(), "500");
        assertThat(measured.exitCode()).as("bench-import exit code; output:%n%s", measured.output()).isZero();
        assertThat(measured.output())
                .containsPattern("scripts/import \\(ImportRun, batches of 500\\): 2,000 rows .* rows/s; 2,000 patents")
                .containsPattern("LOAD CSV .* IN TRANSACTIONS OF 500 ROWS.*: 2,000 rows .* rows/s; 2,000 patents")
                .containsPattern("CPU by thread since start \\(living threads\\): engine [0-9.]+ s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
