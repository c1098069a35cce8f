package cn.ipbridge.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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

    private static final Path DASHBOARD = Path.of("..", "dashboard").toAbsolutePath().normalize();
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
        Path site = DASHBOARD.resolve("target/classes/static");
        assertThat(Path.of("/usr/bin/chromium")).as("Debian's chromium (scripts/setup installs it)").exists();
        assertThat(site.resolve("index.html")).as("the built dashboard (the Maven build of dashboard/)").exists();
        accounts.create(new AccountService.NewAccount(USERNAME, PASSWORD, Role.STAFF, null, null, null, null),
                "SignInE2EIT");
        Path screenshots = Path.of("target", "screenshots").toAbsolutePath();
        Path log = Path.of("target", "dashboard-signin-e2e.log").toAbsolutePath();
        ProcessBuilder node = new ProcessBuilder("node", "--test", "e2e/signin.test.mjs")
                .directory(DASHBOARD.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        node.environment().put("BASE_URL", "http://127.0.0.1:" + port + "/");
        node.environment().put("SCREENSHOT_DIR", screenshots.toString());
        node.environment().put("SITE_DIR", site.toString());
        node.environment().put("SITE_PORT", Integer.toString(SITE_PORT));
        node.environment().put("SIGN_IN_USERNAME", USERNAME);
        node.environment().put("SIGN_IN_PASSWORD", PASSWORD);
        Process process = node.start();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertThat(finished).as("the sign-in browser tests finished within 3 minutes").isTrue();
        assertThat(process.exitValue()).as("exit code; output:%n%s", output).isZero();
        assertThat(output).contains("# pass 4").contains("# skipped 0");
        assertThat(screenshots.resolve("signin-cross-origin-signed-in.png")).exists();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
