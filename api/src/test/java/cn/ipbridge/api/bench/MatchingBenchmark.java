package cn.ipbridge.api.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import cn.ipbridge.api.explore.ExploreStatements;
import cn.ipbridge.api.matching.MatchingStatements;
import cn.ipbridge.graph.database.DriverLogging;

/**
 * Latency of each matchmaking and exploration query at 1 and 16 concurrent clients, over HTTP through the API
 * (GraphQL) and, in the same run against the same database, the Cypher its resolver runs sent straight through the
 * Java driver (the floor: no HTTP, GraphQL, mapping or scoring), after a warm-up ({@link #warmUp}). Run by
 * scripts/bench-matching.
 * Arguments: API base URL, Bolt URI of its database, requests per query and client count, markdown file to write,
 * seconds of warm-up;
 * environment IPBRIDGE_BENCH_TOKEN: an API token of a STAFF account.
 */
public final class MatchingBenchmark {

    private static final int[] CLIENTS = {1, 16};

    private MatchingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int requests = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newHttpClient();
        try (Driver driver = GraphDatabase.driver(args[1], AuthTokens.none(), DriverLogging.standalone())) {
            Map<String, List<FloorStatement>> queries = queries(http, base);
            StringBuilder table = new StringBuilder("""
                    | query | clients | GraphQL p50 / p95 / p99 ms | GraphQL req/s | floor p50 / p95 / p99 ms | floor req/s | p95 GraphQL / floor | errors |
                    |---|---|---|---|---|---|---|---|
                    """);
            Function<FloorStatement, Double> overHttp = s -> timed(() -> graphQl(http, base, s.graphQl()));
            Function<FloorStatement, Double> floor = s -> timed(() -> cypher(driver, s));
            warmUp(queries.values(), overHttp, floor, requests, Duration.ofSeconds(Long.parseLong(args[4])));
            for (var q : queries.entrySet()) {
                List<FloorStatement> statements = q.getValue();
                for (int clients : CLIENTS) {
                    Result api = run(statements, overHttp, clients, requests);
                    Result raw = run(statements, floor, clients, requests);
                    table.append(String.format(Locale.ROOT, "| %s | %d | %.0f / %.0f / %.0f | %.1f | %.0f / %.0f / %.0f | %.1f | %.2f | %d |%n",
                            q.getKey(), clients, api.pct(50), api.pct(95), api.pct(99), api.throughput(),
                            raw.pct(50), raw.pct(95), raw.pct(99), raw.throughput(), api.pct(95) / raw.pct(95),
                            api.errors() + raw.errors()));
                    System.err.print(".");
                }
            }
            Files.writeString(Path.of(args[3]), table.toString());
            System.out.print(table);
        }
    }

    /**
     * Before anything is timed, the whole mix runs at the most clients, over HTTP and straight through the driver,
     * pass after pass until {@code time} is up (at least one pass). The API was just started: until the JIT has
     * compiled what the queries run (HTTP, GraphQL, the driver, and the engine's Cypher runtime on both sides) the
     * queries measured first pay for it, and compiling takes a core from the ones running beside it. Measured on the
     * shanghai store, two passes of 100 requests left p95 at 16 clients two to three times what a warm API gives.
     */
    private static void warmUp(Collection<List<FloorStatement>> mix, Function<FloorStatement, Double> overHttp,
                               Function<FloorStatement, Double> floor, int requests, Duration time)
            throws InterruptedException {
        Instant end = Instant.now().plus(time);
        do {
            for (List<FloorStatement> statements : mix) {
                run(statements, overHttp, CLIENTS[CLIENTS.length - 1], requests);
                run(statements, floor, CLIENTS[CLIENTS.length - 1], requests);
            }
        } while (Instant.now().isBefore(end));
    }

    /** Subjects are real keys from the graph, so every query has work to do. */
    private static Map<String, List<FloorStatement>> queries(HttpClient http, String base) {
        List<String> firms = values(graphQl(http, base, "{ enterprises(first: 40) { edges { node { uscc } } } }"), "uscc");
        List<String> institutions = values(graphQl(http, base, "{ institutions(first: 20) { name } }"), "name");
        List<String> funders = values(graphQl(http, base, "{ funders(first: 20) { name } }"), "name");
        if (firms.size() < 2 || institutions.isEmpty() || funders.isEmpty()) {
            throw new IllegalStateException("the graph needs enterprises, institutions and funders to measure: "
                    + firms.size() + " firms, " + institutions.size() + " institutions, " + funders.size()
                    + " funders (generate one first: scripts/generate --size shanghai)");
        }
        Map<String, List<FloorStatement>> queries = new LinkedHashMap<>();
        for (String field : List.of("institutionsForEnterprise", "fundersForEnterprise", "patentsForEnterprise",
                "expertsForEnterprise", "officersForEnterprise")) {
            queries.put(field, firms.stream().map(f -> MatchingStatements.forEnterprise(field, f)).toList());
        }
        queries.put("firmsForInstitution", institutions.stream().map(MatchingStatements::firmsForInstitution).toList());
        queries.put("pledgeCandidatesForFunder",
                funders.stream().map(MatchingStatements::pledgeCandidatesForFunder).toList());
        queries.put("neighbourhood (depth 2, 200)",
                firms.stream().map(f -> ExploreStatements.neighbourhood(f, 2, 200)).toList());
        List<FloorStatement> paths = new ArrayList<>();
        List<FloorStatement> shared = new ArrayList<>();
        for (int i = 0; i + 1 < firms.size(); i += 2) {
            paths.add(ExploreStatements.shortestPath(firms.get(i), firms.get(i + 1), 4));
            shared.add(ExploreStatements.inCommon(firms.get(i), firms.get(i + 1)));
        }
        queries.put("shortestPath (4)", paths);
        queries.put("inCommon", shared);
        return queries;
    }

    private record Result(List<Double> sortedMillis, double seconds, int errors) {

        double pct(int p) {
            if (sortedMillis.isEmpty()) {
                return Double.NaN;
            }
            return sortedMillis.get(Math.min(sortedMillis.size() - 1,
                    (int) Math.ceil(p / 100.0 * sortedMillis.size()) - 1));
        }

        double throughput() {
            return sortedMillis.size() / seconds;
        }
    }

    /** Sends {@code n} requests from {@code clients} threads; a failed request is counted, not timed. */
    private static Result run(List<FloorStatement> statements, Function<FloorStatement, Double> request, int clients,
                              int n) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long started = System.nanoTime();
            List<Future<Double>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                FloorStatement statement = statements.get(i % statements.size());
                futures.add(pool.submit(() -> request.apply(statement)));
            }
            List<Double> ms = new ArrayList<>();
            int errors = 0;
            for (Future<Double> f : futures) {
                try {
                    ms.add(f.get());
                } catch (ExecutionException e) {
                    errors++;
                    if (errors == 1) {
                        System.err.println("\nfailed: " + e.getCause().getMessage());
                    }
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Collections.sort(ms);
            return new Result(ms, seconds, errors);
        } finally {
            pool.shutdownNow();
        }
    }

    static double timed(Runnable request) {
        long start = System.nanoTime();
        request.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** Runs the statement in a read transaction and reads every record, as the API's read path does. */
    private static void cypher(Driver driver, FloorStatement statement) {
        try (Session session = driver.session()) {
            session.executeRead(tx -> tx.run(statement.cypher(), statement.parameters()).list());
        }
    }

    static String graphQl(HttpClient http, String base, String document) {
        String json = "{\"query\": \"" + document.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        try {
            String body = http.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + System.getenv("IPBRIDGE_BENCH_TOKEN"))
                            .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("\"errors\"")) {
                throw new IllegalStateException(document + " -> " + body);
            }
            return body;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<String> values(String json, String key) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("\"" + key + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }
}
