package cn.ipbridge.api.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code SequentialLatency BASE_URL REQUESTS SUBJECTS KEY TEMPLATE}: one client's latency of one GraphQL query
 * against a running API, for comparing two builds of it one at a time. The subjects are the {@code KEY} values the
 * GraphQL document {@code SUBJECTS} answers (say the 40 firms' {@code uscc} of
 * {@code { enterprises(first: 40) { edges { node { uscc } } } }}); {@code TEMPLATE} is the document timed, with
 * {@code %s} for a subject, taken in turn. {@code REQUESTS} run untimed first, then {@code REQUESTS} are timed;
 * prints p50, p95 and the mean in ms. With a sixth argument, the API's process id, it also prints the API's CPU
 * time (user and system, from {@code /proc/PID/stat}) per timed request: what a request costs the API, whatever else
 * the machine is doing. Environment IPBRIDGE_BENCH_TOKEN: an API token of a STAFF account.
 */
public final class SequentialLatency {

    /** Clock ticks a second in {@code /proc/PID/stat} (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100;

    private SequentialLatency() {
    }

    /** User and system time of a process so far, in clock ticks (fields 14 and 15 of its stat line). */
    private static long cpuTicks(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        Path stat = args.length > 5 ? Path.of("/proc", args[5], "stat") : null;
        long ticksBefore = stat == null ? 0 : cpuTicks(stat);
        double[] ms = new double[requests];
        for (int i = 0; i < requests; i++) {
            String document = template.formatted(subjects.get(i % subjects.size()));
            ms[i] = MatchingBenchmark.timed(() -> MatchingBenchmark.graphQl(http, base, document));
        }
        String cpu = stat == null ? "" : String.format(Locale.ROOT, ", API CPU %.2f ms a request",
                (cpuTicks(stat) - ticksBefore) * 1000.0 / TICKS_PER_SECOND / requests);
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "p50 %.2f ms, p95 %.2f ms, mean %.2f ms over %d requests, %d subjects%s%n",
                ms[requests / 2], ms[requests * 95 / 100], Arrays.stream(ms).average().orElse(0), requests,
                subjects.size(), cpu);
    }
}
