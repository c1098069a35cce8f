package cn.ipbridge.api.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

/**
 * Real wrk with bench/wrk/graphql.lua against a small HTTP server that answers at once but holds every 40th request
 * for 250 ms: the script gives back each request's latency as recorded (wrk's correction undone), and
 * {@link Latencies#correctedFor} applied to those reproduces what wrk itself reports. Needs wrk (scripts/setup).
 */
class WrkLoadIT {

    private static final Path SCRIPT = Path.of("..", "bench", "wrk", "graphql.lua");

    @Test
    void givesEveryRequestAsRecordedAndWrksCorrectionOnTop() throws Exception {
        // Without it the JDK's server waits for the client's delayed ACK before each small answer (about 40 ms).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        AtomicLong served = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        server.setExecutor(threads);
        server.createContext("/graphql", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (served.incrementAndGet() % 40 == 0) {
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] answer = "{\"data\":{}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        try {
            WrkLoad wrk = new WrkLoad(SCRIPT.toAbsolutePath(), Files.createTempDirectory("wrk-it"));
            WrkLoad.Printed run = wrk.runPrinted("http://127.0.0.1:" + server.getAddress().getPort() + "/graphql",
                    null, List.of("{ a }", "{ b }"), 4, 3);
            Measurement m = run.measurement();

            assertThat(m.errors()).isZero();
            assertThat(m.requests()).isGreaterThan(200);
            assertThat(m.latencies().count()).as("every completed request, once").isEqualTo(m.requests());
            assertThat(m.p99()).as("one request in 40 held").isGreaterThanOrEqualTo(250);
            assertThat(m.p95()).isLessThan(100);

            Latencies corrected = m.latencies().correctedFor(m.clients(), m.seconds(), m.requests());
            assertThat(corrected.percentileMillis(50)).isCloseTo(run.wrkP50(), within(0.001));
            assertThat(corrected.percentileMillis(95)).isCloseTo(run.wrkP95(), within(0.001));
            assertThat(corrected.percentileMillis(99)).isCloseTo(run.wrkP99(), within(0.001));
            assertThat(m.correctedP95()).isEqualTo(run.wrkP95(), within(0.001)).isGreaterThan(100);
        } finally {
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
