package cn.ipbridge.api.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import cn.ipbridge.graph.database.DriverLogging;

/**
 * The benchmark suite of scripts/bench: the fixed mix of {@link SuiteQueries} at 1, 16 and 64 concurrent clients
 * against IPBridge over HTTP (wrk), the same data through the Java driver (the floor) and the peer (the Neo4j GraphQL
 * Library, over HTTP with the same wrk script), all on one database in one run; then peak memory, ratios and the
 * goals of issue #8. Writes a markdown fragment.
 * Arguments: API base URL, Bolt URI, peer base URL, seconds per run, warm-up seconds per target and query (rounds of
 * the whole mix at 16 clients until each target runs steady, {@link SteadyWarmUp}; then each query at one client, at
 * most 5 s, before it is timed), markdown file, API pid, peer pid, seconds the graph took to generate, the most
 * warm-up rounds; environment IPBRIDGE_BENCH_TOKEN (a STAFF API token).
 */
public final class SuiteBenchmark {

    private static final int[] CLIENTS = {1, 16, 64};
    private static final int GOAL_CLIENTS = 16;

    private SuiteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String api = args[0] + "/graphql";
        String peer = args[2] + "/graphql";
        int seconds = Integer.parseInt(args[3]);
        int warmUp = Integer.parseInt(args[4]);
        Path out = Path.of(args[5]);
        String apiPid = args[6];
        String peerPid = args[7];
        double generated = Double.parseDouble(args[8]);
        int warmUpRounds = Integer.parseInt(args[9]);
        String token = "Bearer " + System.getenv("IPBRIDGE_BENCH_TOKEN");
        String loadBefore = loadAverage();
        WrkLoad wrk = new WrkLoad(Path.of("bench/wrk/graphql.lua").toAbsolutePath(), Files.createTempDirectory("wrk"));
        StringBuilder md = new StringBuilder();
        List<String> peerGoal = new ArrayList<>();
        List<String> floorGoal = new ArrayList<>();
        long apiErrors = 0;
        try (Driver driver = GraphDatabase.driver(args[1], AuthTokens.none(), DriverLogging.standalone())) {
            md.append(dataset(driver, generated)).append("\n\n");
            List<SuiteQuery> queries = SuiteQueries.all(driver);
            md.append(warmUpUntilSteady(queries, wrk, api, token, peer, driver, warmUp, warmUpRounds)).append("\n\n");
            md.append("""
                    | query | clients | IPBridge req/s \\| p50 / p95 / p99 ms | floor req/s \\| p50 / p95 / p99 ms | peer req/s \\| p50 / p95 / p99 ms | IPBridge / floor | IPBridge / peer | p95 corrected, ms: IPBridge / floor / peer | errors IPBridge / floor / peer |
                    |---|---|---|---|---|---|---|---|---|
                    """);
            for (SuiteQuery q : queries) {
                warmUp(q, wrk, api, token, peer, driver, 1, Math.min(warmUp, 5));
                for (int clients : CLIENTS) {
                    Measurement ours = wrk.run(api, token, q.documents(), clients, seconds);
                    Measurement floor = DriverLoad.run(driver, q.statements(), clients, seconds);
                    Measurement theirs = q.peerCan() ? wrk.run(peer, null, q.peerDocuments(), clients, seconds) : null;
                    apiErrors += ours.errors();
                    double toFloor = ratio(ours, floor);
                    Double toPeer = theirs == null ? null : ratio(ours, theirs);
                    String corrected = String.format(Locale.ROOT, "%.0f / %.0f / %s", ours.correctedP95(),
                            floor.correctedP95(), theirs == null ? "-"
                                    : String.format(Locale.ROOT, "%.0f", theirs.correctedP95()));
                    md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %.2f | %s | %s | %d / %d / %s |%n",
                            q.name(), clients, ours.cells(), floor.cells(),
                            theirs == null ? "cannot express" : theirs.cells(), toFloor,
                            toPeer == null ? "-" : String.format(Locale.ROOT, "%.2f", toPeer), corrected,
                            ours.errors(), floor.errors(), theirs == null ? "-" : String.valueOf(theirs.errors())));
                    if (clients == GOAL_CLIENTS) {
                        floorGoal.add(String.format(Locale.ROOT, "%s %.2f", q.name(), toFloor));
                        if (toPeer != null) {
                            String verdict = toPeer.isNaN() ? "(not measured: no request finished)"
                                    : toPeer >= 2 ? "(met)" : "(not met)";
                            peerGoal.add(String.format(Locale.ROOT, "%s %.2fx %s", q.name(), toPeer, verdict));
                        }
                    }
                    System.err.print(".");
                }
            }
        }
        long apiPeak = peakKilobytes(apiPid);
        long peerPeak = peakKilobytes(peerPid);
        md.append(String.format(Locale.ROOT, """

                Peak resident memory (VmHWM): IPBridge API with its embedded database %,d MB; peer (Node.js) %,d MB.
                Load average at the start %s, at the end %s. IPBridge errors in all runs: %d.

                Goals of issue #8, at %d clients (throughput ratios):
                - at least 2x the peer's throughput where it can express the query: %s.
                - within 1.25x of the floor (IPBridge / floor at least 0.80): %s; %s.
                - API and embedded database under 2 GB resident: %,d MB, %s.
                """, apiPeak / 1024, peerPeak / 1024, loadBefore, loadAverage(), apiErrors, GOAL_CLIENTS,
                String.join("; ", peerGoal), met(floorGoal), String.join("; ", floorGoal), apiPeak / 1024,
                apiPeak < 2L * 1024 * 1024 ? "met" : "not met"));
        Files.writeString(out, md.toString());
        System.err.println();
        System.out.print(md);
    }

    /**
     * Before any query is timed, rounds of the whole mix at 16 clients, each query {@code seconds} a round, against
     * each target until it runs steady: the API (and the engine inside it) compiles what the queries run as they
     * first arrive, and with only a short warm-up of each query just before it is timed, the queries timed first
     * paid for compiling what all of them share (scripts/bench-matching measured p95 two to three times a warm
     * API's that way). Says how many rounds each target took.
     */
    private static String warmUpUntilSteady(List<SuiteQuery> queries, WrkLoad wrk, String api, String token,
                                            String peer, Driver driver, int seconds, int maxRounds) throws Exception {
        SteadyWarmUp.Result ours = SteadyWarmUp.run("IPBridge", maxRounds, () -> requests(queries,
                q -> wrk.run(api, token, q.documents(), GOAL_CLIENTS, seconds)));
        SteadyWarmUp.Result floor = SteadyWarmUp.run("floor", maxRounds, () -> requests(queries,
                q -> DriverLoad.run(driver, q.statements(), GOAL_CLIENTS, seconds)));
        List<SuiteQuery> peerCan = queries.stream().filter(SuiteQuery::peerCan).toList();
        SteadyWarmUp.Result theirs = SteadyWarmUp.run("peer", maxRounds, () -> requests(peerCan,
                q -> wrk.run(peer, null, q.peerDocuments(), GOAL_CLIENTS, seconds)));
        return String.format(Locale.ROOT, "Warm-up, rounds of the whole mix at %d clients (%d s a query), until two in"
                        + " a row gained less than %.0f %% on the best before them (at most %d): %s; %s; %s.",
                GOAL_CLIENTS, seconds, SteadyWarmUp.GAIN * 100, maxRounds, ours.describe(), floor.describe(),
                theirs.describe());
    }

    /** A load run of one query against one target. */
    private interface Load {
        Measurement run(SuiteQuery q) throws Exception;
    }

    /** The requests one target completed over the queries, each run once. */
    private static long requests(List<SuiteQuery> queries, Load load) throws Exception {
        long requests = 0;
        for (SuiteQuery q : queries) {
            requests += load.run(q).requests();
        }
        return requests;
    }

    /** Runs a query untimed against the three targets, as each query does at one client before it is timed. */
    private static void warmUp(SuiteQuery q, WrkLoad wrk, String api, String token, String peer, Driver driver,
                               int clients, int seconds) throws Exception {
        wrk.run(api, token, q.documents(), clients, seconds);
        DriverLoad.run(driver, q.statements(), clients, seconds);
        if (q.peerCan()) {
            wrk.run(peer, null, q.peerDocuments(), clients, seconds);
        }
    }

    /** Throughput of a over b; NaN when neither finished a request, infinite when only b did not. */
    private static double ratio(Measurement a, Measurement b) {
        return a.requests() == 0 && b.requests() == 0 ? Double.NaN : a.throughput() / b.throughput();
    }

    private static String met(List<String> ratios) {
        long met = ratios.stream().filter(r -> Double.parseDouble(r.substring(r.lastIndexOf(' ') + 1)) >= 0.8).count();
        return met + " of " + ratios.size() + " queries met";
    }

    private static String dataset(Driver driver, double generatedSeconds) {
        try (Session session = driver.session()) {
            Record r = session.executeRead(tx -> tx.run("""
                    CALL () { MATCH (n) RETURN count(n) AS nodes }
                    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                    CALL () { MATCH (e:Enterprise) RETURN count(e) AS enterprises }
                    CALL () { MATCH (p:Patent) RETURN count(p) AS patents }
                    RETURN nodes, relationships, enterprises, patents""").single());
            long nodes = r.get("nodes").asLong();
            long relationships = r.get("relationships").asLong();
            String generation = generatedSeconds <= 0 ? "not generated in this run"
                    : String.format(Locale.ROOT, "generated by scripts/generate in %.1f s (JVM and engine start"
                    + " included): %,.0f nodes/s, %,.0f nodes and relationships/s", generatedSeconds,
                    nodes / generatedSeconds, (nodes + relationships) / generatedSeconds);
            return String.format(Locale.ROOT, """
                    Machine: %d cores, %,d MB RAM. Dataset: %,d nodes (%,d enterprises, %,d patents), %,d \
                    relationships; %s.""", Runtime.getRuntime().availableProcessors(), memTotalMegabytes(), nodes,
                    r.get("enterprises").asLong(), r.get("patents").asLong(), relationships, generation);
        }
    }

    private static long peakKilobytes(String pid) throws IOException {
        return statusLine(Path.of("/proc", pid, "status"), "VmHWM:");
    }

    private static long memTotalMegabytes() {
        try {
            return statusLine(Path.of("/proc/meminfo"), "MemTotal:") / 1024;
        } catch (IOException e) {
            return -1;
        }
    }

    private static long statusLine(Path file, String key) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> l.startsWith(key))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
    }

    private static String loadAverage() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }
}
