package cn.ipbridge.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.ipbridge.api.security.AccountService;
import cn.ipbridge.api.security.Role;
import cn.ipbridge.api.support.SmallGraphTest;

/**
 * Signing in to the dashboard in Debian's headless Chromium with sign-in on and NO anonymous role
 * ({@code dashboard/e2e/signin.test.mjs}): the built dashboard on another origin (a static server on a second
 * port, allowed by CORS) signs in with a real account through {@code /auth/token}, shows data, refuses a wrong
 * password in words and signs out; the dashboard the API serves signs in to a session cookie. Screenshots land in
 * {@code api/target/screenshots/signin-*.png}.
 */
class SignInE2EIT extends SmallGraphTest {

    private static final String USERNAME = "e2e-staff";
    private static final String PASSWORD = "e2e-" + Long.toHexString(System.nanoTime()) + "-password";
    private static final int SITE_PORT = freePort();

    @DynamicPropertySource
    static void signInOnAndASecondOrigin(DynamicPropertyRegistry registry) {
        registry.add("ipbridge.security.anonymous-role", () -> "");
        registry.add("spring.graphql.cors.allowed-origins", () -> "http://127.0.0.1:" + SITE_PORT);
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void signsInFromAnotherOriginAndOnTheSameOriginInHeadlessChromium() throws IOException, InterruptedException {
        Path site = BrowserTests.DASHBOARD.resolve("target/classes/static");
        assertThat(Path.of("/usr/bin/chromium")).as("Debian's chromium (scripts/setup installs it)").exists();
        assertThat(site.resolve("index.html")).as("the built dashboard (the Maven build of dashboard/)").exists();
        accounts.create(new AccountService.NewAccount(USERNAME, PASSWORD, Role.STAFF, null, null, null, null),
                "SignInE2EIT");
        String output = BrowserTests.run("dashboard-signin-e2e.log", Map.of(
                        "BASE_URL", "http://127.0.0.1:" + port + "/", "SITE_DIR", site.toString(),
                        "SITE_PORT", Integer.toString(SITE_PORT), "SIGN_IN_USERNAME", USERNAME,
                        "SIGN_IN_PASSWORD", PASSWORD),
                Duration.ofMinutes(3), "node", "--test", "e2e/signin.test.mjs");
        assertThat(output).contains("# pass 4").contains("# skipped 0");
        assertThat(BrowserTests.SCREENSHOTS.resolve("signin-cross-origin-signed-in.png")).exists();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
