package cn.ipbridge.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.ipbridge.graph.identifier.CreditCode;

/**
 * Runs the commands README.md gives a user, as a user would, against the jar this build just packaged:
 * {@code scripts/run} on an empty store (signing in as the administrator it prints), a restart, a second instance reading the first one's database through
 * {@code NEO4J_URI}, and {@code scripts/generate}.
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
