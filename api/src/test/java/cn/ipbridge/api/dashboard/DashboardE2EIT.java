package cn.ipbridge.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

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
        assertThat(BrowserTests.DASHBOARD.resolve("node_modules/playwright-core"))
                .as("the dashboard's npm packages (the Maven build runs npm ci)").exists();
        BrowserTests.run("dashboard-e2e.log", Map.of("BASE_URL", "http://127.0.0.1:" + port + "/"),
                Duration.ofMinutes(10), "npm", "run", "e2e");
        assertThat(BrowserTests.SCREENSHOTS.resolve("overview-zh.png")).exists();
    }
}
