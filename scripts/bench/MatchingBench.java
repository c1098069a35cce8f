import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency percentiles of each matchmaking and exploration query over HTTP (GraphQL), at 1 and 16 concurrent
 * clients, against a running API. JDK only, run as a single-file program by scripts/bench-matching.
 * Arguments: base URL, requests per query and concurrency level, markdown file to write the table to.
 */
public class MatchingBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int requests = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        HttpClient http = HttpClient.newHttpClient();
        // Subjects: real keys from the graph, so every query has work to do.
        List<String> firms = all(post(http, base, "{ enterprises(first: 50) { edges { node { uscc } } } }"), "uscc");
        List<String> institutions = all(post(http, base, "{ institutions(first: 20) { name } }"), "name");
        List<String> funders = all(post(http, base, "{ funders(first: 20) { name } }"), "name");
        Map<String, List<String>> queries = new LinkedHashMap<>();
        queries.put("institutionsForEnterprise", each(firms, "{ institutionsForEnterprise(uscc: \"%s\") { score } }"));
        queries.put("fundersForEnterprise", each(firms, "{ fundersForEnterprise(uscc: \"%s\") { score } }"));
        queries.put("patentsForEnterprise", each(firms, "{ patentsForEnterprise(uscc: \"%s\") { score } }"));
        queries.put("expertsForEnterprise", each(firms, "{ expertsForEnterprise(uscc: \"%s\") { score } }"));
        queries.put("officersForEnterprise", each(firms, "{ officersForEnterprise(uscc: \"%s\") { score } }"));
        queries.put("firmsForInstitution", each(institutions, "{ firmsForInstitution(name: \"%s\") { score } }"));
        queries.put("pledgeCandidatesForFunder", each(funders, "{ pledgeCandidatesForFunder(name: \"%s\") { score } }"));
        queries.put("neighbourhood", each(firms, "{ neighbourhood(id: \"Enterprise:%s\", depth: 2, limit: 200) { capped } }"));
        queries.put("shortestPath", pairs(firms, "{ shortestPath(from: \"Enterprise:%s\", to: \"Enterprise:%s\", maxLength: 4) { nodes { id } } }"));
        queries.put("inCommon", pairs(firms, "{ inCommon(a: \"%s\", b: \"%s\") { sharedIpcSubclasses } }"));
        queries.put("keySegments", List.of("{ keySegments { segment count } }"));

        StringBuilder table = new StringBuilder("| query | clients | p50 ms | p95 ms | p99 ms | requests |\n|---|---|---|---|---|---|\n");
        for (var q : queries.entrySet()) {
            if (q.getValue().isEmpty()) {
                continue;
            }
            run(http, base, q.getValue(), 1, Math.min(requests, 10)); // warm-up
            for (int clients : new int[] {1, 16}) {
                List<Double> ms = run(http, base, q.getValue(), clients, requests);
                table.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %d |%n", q.getKey(), clients,
                        pct(ms, 50), pct(ms, 95), pct(ms, 99), ms.size()));
                System.err.print(".");
            }
        }
        Files.writeString(out, table.toString());
        System.out.print(table);
    }

    private static List<Double> run(HttpClient http, String base, List<String> docs, int clients, int n)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Double>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String doc = docs.get(i % docs.size());
            futures.add(pool.submit(() -> {
                long start = System.nanoTime();
                String body = post(http, base, doc);
                if (body.contains("\"errors\"")) {
                    throw new IllegalStateException(doc + " -> " + body);
                }
                return (System.nanoTime() - start) / 1e6;
            }));
        }
        List<Double> ms = new ArrayList<>();
        for (Future<Double> f : futures) {
            ms.add(f.get());
        }
        pool.shutdown();
        Collections.sort(ms);
        return ms;
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String post(HttpClient http, String base, String document) throws Exception {
        String json = "{\"query\": \"" + document.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        return http.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static List<String> all(String json, String key) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("\"" + key + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    private static List<String> each(List<String> keys, String template) {
        return keys.stream().map(k -> String.format(template, k)).toList();
    }

    private static List<String> pairs(List<String> keys, String template) {
        List<String> docs = new ArrayList<>();
        for (int i = 0; i + 1 < keys.size(); i += 2) {
            docs.add(String.format(template, keys.get(i), keys.get(i + 1)));
        }
        return docs;
    }
}
