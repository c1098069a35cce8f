package cn.ipbridge.api.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives a GraphQL endpoint with wrk (a real HTTP load generator: C connections, each sending its next request as
 * soon as the last answered) and bench/wrk/graphql.lua, which cycles through the given request bodies, counts
 * GraphQL errors in the answers and gives each request's latency as recorded, without wrk's correction.
 */
final class WrkLoad {

    private static final Pattern LINE = Pattern.compile("WRK \\{\"requests\":(\\d+),\"micros\":(\\d+),"
            + "\"errors\":(\\d+),\"p50\":([\\d.]+),\"p95\":([\\d.]+),\"p99\":([\\d.]+),\"recorded\":\"([\\d:,]*)\"}");

    /** A run as the script printed it: the measurement, and wrk's own p50, p95 and p99 in ms (corrected). */
    record Printed(Measurement measurement, double wrkP50, double wrkP95, double wrkP99) {
    }

    private final Path script;
    private final Path work;

    WrkLoad(Path script, Path work) {
        this.script = script;
        this.work = work;
    }

    Measurement run(String url, String authorization, List<String> documents, int clients, int seconds)
            throws IOException, InterruptedException {
        return runPrinted(url, authorization, documents, clients, seconds).measurement();
    }

    Printed runPrinted(String url, String authorization, List<String> documents, int clients, int seconds)
            throws IOException, InterruptedException {
        Path bodies = Files.createTempFile(work, "bodies", ".jsonl");
        Files.write(bodies, documents.stream().map(WrkLoad::body).toList(), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of("wrk", "-t", String.valueOf(Math.min(clients, 2)),
                "-c", String.valueOf(clients), "-d", seconds + "s", "--timeout", "60s", "-s", script.toString()));
        if (authorization != null) {
            command.addAll(List.of("-H", "Authorization: " + authorization));
        }
        command.addAll(List.of(url, "--", bodies.toString(), String.valueOf(clients)));
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = wrk.waitFor();
        Files.delete(bodies);
        Matcher m = LINE.matcher(output);
        if (exit != 0 || !m.find()) {
            throw new IllegalStateException("wrk failed (exit " + exit + "): " + output);
        }
        Measurement measured = new Measurement(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) / 1e6,
                Long.parseLong(m.group(3)), clients, Latencies.parse(m.group(7)));
        return new Printed(measured, Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)),
                Double.parseDouble(m.group(6)));
    }

    /** The POST body of a GraphQL request. */
    static String body(String document) {
        StringBuilder json = new StringBuilder("{\"query\":\"");
        for (char c : document.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r', '\t' -> json.append(' ');
                default -> json.append(c);
            }
        }
        return json.append("\"}").toString();
    }
}
