package cn.ipbridge.api.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * The floor under the same load shape as {@link WrkLoad}: C clients, each running its next statement through the
 * Java driver (read transaction, every record read) as soon as the last one finished, for the given time.
 */
final class DriverLoad {

    private DriverLoad() {
    }

    static Measurement run(Driver driver, List<FloorStatement> statements, int clients, int seconds)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        long end = started + seconds * 1_000_000_000L;
        try {
            List<Future<List<Double>>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int first = c * 7;
                futures.add(pool.submit(() -> {
                    List<Double> ms = new ArrayList<>();
                    for (int i = first; System.nanoTime() < end; i++) {
                        FloorStatement s = statements.get(i % statements.size());
                        long t = System.nanoTime();
                        try (Session session = driver.session()) {
                            session.executeRead(tx -> tx.run(s.cypher(), s.parameters()).list());
                            ms.add((System.nanoTime() - t) / 1e6);
                        } catch (RuntimeException e) {
                            if (errors.getAndIncrement() == 0) {
                                System.err.println("floor failed: " + e.getMessage());
                            }
                        }
                    }
                    return ms;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> f : futures) {
                all.addAll(f.get());
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            return new Measurement(all.size(), elapsed, errors.get(), clients, Latencies.ofMillis(all));
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
