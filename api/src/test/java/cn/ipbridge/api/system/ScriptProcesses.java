package cn.ipbridge.api.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Starts the repository's scripts as separate processes, logs their output to target/, and stops them. */
final class ScriptProcesses {

    /** How long a script may run before it is stopped with everything it started: a guard, not a measurement. */
    static final Duration LIMIT = Duration.ofMinutes(10);

    private final Path root;
    private final List<Running> running = new ArrayList<>();

    ScriptProcesses(Path root) {
        this.root = root;
    }

    Running start(String name, Map<String, String> env, String... command) throws IOException {
        Path log = logFile(name);
        Process process = builder(env, command).redirectOutput(log.toFile()).start();
        Running r = new Running(process, log, Integer.parseInt(env.getOrDefault("PORT", "8080")));
        running.add(r);
        return r;
    }

    int runToEnd(String name, Map<String, String> env, String... command) throws Exception {
        return runCapturing(name, env, command).exitCode();
    }

    Finished runCapturing(String name, Map<String, String> env, String... command) throws Exception {
        return runCapturing(name, env, LIMIT, command);
    }

    Finished runCapturing(String name, Map<String, String> env, Duration limit, String... command) throws Exception {
        Path log = logFile(name);
        Process process = builder(env, command).redirectOutput(log.toFile()).start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly); // the API or peer a script started
            process.destroyForcibly();
            throw new AssertionError(name + " did not finish in " + limit + "; see " + log);
        }
        return new Finished(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    void stopAll() {
        running.forEach(Running::stop);
        running.clear();
    }

    private ProcessBuilder builder(Map<String, String> env, String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("NEO4J_") || k.startsWith("IPBRIDGE_"));
        builder.environment().putAll(env);
        return builder;
    }

    private Path logFile(String name) throws IOException {
        Path dir = Path.of("target", "script-logs");
        Files.createDirectories(dir);
        return dir.resolve(name + ".log");
    }

    record Finished(int exitCode, String output) {
    }

    final class Running {

        private final Process process;
        private final Path log;
        private final int port;
        /** Its own cookies: a session signs in to this instance only. */
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();

        private Running(Process process, Path log, int port) {
            this.process = process;
            this.log = log;
            this.port = port;
        }

        void awaitHealthy() throws InterruptedException {
            long deadline = System.nanoTime() + LIMIT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("process ended with " + process.exitValue() + ":\n" + log());
                }
                try {
                    if (get("/actuator/health").contains("\"status\":\"UP\"")) {
                        return;
                    }
                } catch (UncheckedIOException e) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            throw new AssertionError("not healthy within " + LIMIT + ":\n" + log());
        }

        String get(String path) {
            return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build());
        }

        /** Signs in through the form at /login (its CSRF token included), as a person does in the browser. */
        void signIn(String username, String password) {
            Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(get("/login"));
            if (!csrf.find()) {
                throw new AssertionError("no CSRF token on the sign-in page");
            }
            String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
            String page = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            if (page.contains("Bad credentials") || page.contains("name=\"_csrf\"")) {
                throw new AssertionError("sign-in as " + username + " failed");
            }
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }

        GraphQlClient graphQl() {
            return new GraphQlClient(body -> send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
        }

        String log() {
            try {
                return Files.readString(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }

        void stop() {
            if (process.isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(60, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private String send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
