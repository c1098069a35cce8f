package cn.ipbridge.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the dashboard's Node browser tests ({@code dashboard/e2e}) as a process against the running application,
 * its output in a log under {@code api/target}, and checks that they finished in time and passed.
 */
final class BrowserTests {

    static final Path DASHBOARD = Path.of("..", "dashboard").toAbsolutePath().normalize();
    static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

    private BrowserTests() {
    }

    /** The output of {@code command}, run in dashboard/ with {@code env} added; fails the test unless it passed. */
    static String run(String logName, Map<String, String> env, Duration timeout, String... command)
            throws IOException, InterruptedException {
        Path log = Path.of("target", logName).toAbsolutePath();
        ProcessBuilder node = new ProcessBuilder(command).directory(DASHBOARD.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        node.environment().put("SCREENSHOT_DIR", SCREENSHOTS.toString());
        node.environment().putAll(env);
        Process process = node.start();
        boolean finished = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertThat(finished).as("%s finished within %s", String.join(" ", command), timeout).isTrue();
        assertThat(process.exitValue()).as("%s exit code; its output:%n%s", String.join(" ", command), output).isZero();
        return output;
    }
}
