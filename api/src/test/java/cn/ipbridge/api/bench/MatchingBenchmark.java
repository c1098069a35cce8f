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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import cn.ipbridge.api.explore.ExploreStatements;
import cn.ipbridge.api.matching.MatchingStatements;
import cn.ipbridge.graph.database.DriverLogging;

/**
 * Latency of each matchmaking and exploration query at 1 and 16 concurrent clients, over HTTP through the API
 * (GraphQL, driven by wrk as in scripts/bench) and, in the same run against the same database, the Cypher its
 * resolver runs sent straight through the Java driver (the floor: no HTTP, GraphQL, mapping or scoring, {@link
 * DriverLoad}), after a warm-up ({@link #warmUp}). Latencies are as each request took, on both sides; the p95 that
 * wrk itself reports (corrected for coordinated omission, {@link Latencies#correctedFor}) is given beside it for
 * both. Run by scripts/bench-matching.
 * Arguments: API base URL, Bolt URI of its database, seconds a run, markdown file to write, seconds of warm-up;
 * environment IPBRIDGE_BENCH_TOKEN: an API token of a STAFF account.
 */
public final class MatchingBenchmark {

    private static final int[] CLIENTS = {1, 16};

    private MatchingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String api = base + "/graphql";
        int seconds = Integer.parseInt(args[2]);
        String token = "Bearer " + System.getenv("IPBRIDGE_BENCH_TOKEN");
        WrkLoad wrk = new WrkLoad(Path.of("bench/wrk/graphql.lua").toAbsolutePath(),
                Files.createTempDirectory("wrk"));
        HttpClient http = HttpClient.newHttpClient();
        try (Driver driver = GraphDatabase.driver(args[1], AuthTokens.none(), DriverLogging.standalone())) {
            Map<String, List<FloorStatement>> queries = queries(http, base);
            StringBuilder table = new StringBuilder("""
                    | query | clients | GraphQL p50 / p95 / p99 ms | GraphQL req/s | floor p50 / p95 / p99 ms | floor req/s | p95 GraphQL / floor | p95 corrected, ms: GraphQL / floor | errors |
                    |---|---|---|---|---|---|---|---|---|
                    """);
            warmUp(queries.values(), wrk, api, token, driver, Duration.ofSeconds(Long.parseLong(args[4])));
            for (var q : queries.entrySet()) {
                List<FloorStatement> statements = q.getValue();
                List<String> documents = statements.stream().map(FloorStatement::graphQl).toList();
                for (int clients : CLIENTS) {
                    Measurement overHttp = wrk.run(api, token, documents, clients, seconds);
                    Measurement raw = DriverLoad.run(driver, statements, clients, seconds);
                    table.append(String.format(Locale.ROOT, "| %s | %d | %.0f / %.0f / %.0f | %.1f"
                                    + " | %.0f / %.0f / %.0f | %.1f | %.2f | %.0f / %.0f | %d |%n",
                            q.getKey(), clients,
                            overHttp.p50(), overHttp.p95(), overHttp.p99(), overHttp.throughput(),
                            raw.p50(), raw.p95(), raw.p99(), raw.throughput(), overHttp.p95() / raw.p95(),
                            overHttp.correctedP95(), raw.correctedP95(), overHttp.errors() + raw.errors()));
                    System.err.print(".");
                }
            }
            Files.writeString(Path.of(args[3]), table.toString());
            System.out.print(table);
        }
    }

    /**
     * Before anything is timed, the whole mix runs at the most clients, over HTTP and straight through the driver,
     * a second a query on each side, pass after pass until {@code time} is up (at least one pass). The API was just
     * started: until the JIT has compiled what the queries run (HTTP, GraphQL, the driver, and the engine's Cypher
     * runtime on both sides) the queries measured first pay for it, and compiling takes a core from the ones running
     * beside it. Measured on the shanghai store, two passes of 100 requests left p95 at 16 clients two to three times
     * what a warm API gives.
     */
    private static void warmUp(Collection<List<FloorStatement>> mix, WrkLoad wrk, String api, String token,
                               Driver driver, Duration time) throws Exception {
        Instant end = Instant.now().plus(time);
        int clients = CLIENTS[CLIENTS.length - 1];
        do {
            for (List<FloorStatement> statements : mix) {
                wrk.run(api, token, statements.stream().map(FloorStatement::graphQl).toList(), clients, 1);
                DriverLoad.run(driver, statements, clients, 1);
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

    static double timed(Runnable request) {
        long start = System.nanoTime();
        request.run();
        return (System.nanoTime() - start) / 1e6;
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
