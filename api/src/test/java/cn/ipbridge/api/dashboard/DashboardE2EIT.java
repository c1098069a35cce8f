package cn.ipbridge.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import cn.ipbridge.api.support.DemoGraphTest;

/**
 * The dashboard as users get it: served by the API at {@code /}, driven in Debian's headless Chromium by the
 * Node tests in {@code dashboard/e2e} ({@code npm run e2e}) against this running application and its graph: the demo graph a first start writes.
 * Screenshots of every page land in {@code api/target/screenshots}.
 */
class DashboardE2EIT extends DemoGraphTest {

    private static final Path DASHBOARD = Path.of("..", "dashboard").toAbsolutePath().normalize();

    @LocalServerPort
    int port;

    @Test
    void servesTheDashboardAtTheRoot() {
        String page = RestClient.create().get().uri("http://127.0.0.1:" + port + "/").retrieve().body(String.class);
        assertThat(page).contains("<div id=\"app\">").contains("知桥");
    }

    @Test
    void passesTheBrowserTestsInHeadlessChromium() throws IOException, InterruptedException {
        assertThat(Path.of("/usr/bin/chromium")).as("Debian's chromium (scripts/setup installs it)").exists();
        assertThat(DASHBOARD.resolve("node_modules/playwright-core"))
                .as("the dashboard's npm packages (the Maven build runs npm ci)").exists();
        Path screenshots = Path.of("target", "screenshots").toAbsolutePath();
        Path log = Path.of("target", "dashboard-e2e.log").toAbsolutePath();
        ProcessBuilder npm = new ProcessBuilder("npm", "run", "e2e")
                .directory(DASHBOARD.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        npm.environment().put("BASE_URL", "http://127.0.0.1:" + port + "/");
        npm.environment().put("SCREENSHOT_DIR", screenshots.toString());
        Process process = npm.start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertThat(finished).as("npm run e2e finished within 5 minutes").isTrue();
        assertThat(process.exitValue()).as("npm run e2e exit code; its output:%n%s", output).isZero();
        assertThat(screenshots.resolve("overview-zh.png")).exists();
    }
}
