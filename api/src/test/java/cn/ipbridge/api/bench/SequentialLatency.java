package cn.ipbridge.api.bench;

import java.net.http.HttpClient;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code SequentialLatency BASE_URL REQUESTS SUBJECTS KEY TEMPLATE}: one client's latency of one GraphQL query
 * against a running API, for comparing two builds of it one at a time. The subjects are the {@code KEY} values the
 * GraphQL document {@code SUBJECTS} answers (say the 40 firms' {@code uscc} of
 * {@code { enterprises(first: 40) { edges { node { uscc } } } }}); {@code TEMPLATE} is the document timed, with
 * {@code %s} for a subject, taken in turn. {@code REQUESTS} run untimed first, then {@code REQUESTS} are timed;
 * prints p50, p95 and the mean in ms. Environment IPBRIDGE_BENCH_TOKEN: an API token of a STAFF account.
 */
public final class SequentialLatency {

    private SequentialLatency() {
    }

    public static void main(String[] args) {
        String base = args[0];
        int requests = Integer.parseInt(args[1]);
        String template = args[4];
        HttpClient http = HttpClient.newHttpClient();
        List<String> subjects = MatchingBenchmark.values(MatchingBenchmark.graphQl(http, base, args[2]), args[3]);
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("no '" + args[3] + "' in the answer to " + args[2]);
        }
        for (int i = 0; i < requests; i++) {
            MatchingBenchmark.graphQl(http, base, template.formatted(subjects.get(i % subjects.size())));
        }
        double[] ms = new double[requests];
        for (int i = 0; i < requests; i++) {
            String document = template.formatted(subjects.get(i % subjects.size()));
            ms[i] = MatchingBenchmark.timed(() -> MatchingBenchmark.graphQl(http, base, document));
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "p50 %.2f ms, p95 %.2f ms, mean %.2f ms over %d requests, %d subjects%n",
                ms[requests / 2], ms[requests * 95 / 100], Arrays.stream(ms).average().orElse(0), requests,
                subjects.size());
    }
}
