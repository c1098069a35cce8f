package cn.ipbridge.graph.importing.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The CPU time of this process's threads since it started, by what they do: the engine's Bolt workers, the
 * reading thread, the driver and Bolt network threads, the garbage collector and the JIT compiler. Read from
 * {@code /proc/self/task} (Linux), so the collector's and compiler's threads, which Java does not list, are
 * counted too; threads that have ended (the importer's batch writers) are not. This is how the collector was
 * found to cost the importer more than the engine's own savings (BENCHMARKS.md, "Patent import").
 */
final class ThreadCpu {

    /** Thread name prefixes (as /proc shows them, cut at 15 characters) and what those threads do. */
    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("neo4j.BoltWorke", "engine");
        KINDS.put("java", "reading");
        KINDS.put("Neo4jDriverIO", "driver and Bolt network");
        KINDS.put("neo4j.BoltNetwo", "driver and Bolt network");
        KINDS.put("GC Thread", "GC pauses");
        KINDS.put("G1 ", "GC concurrent");
        KINDS.put("C1 CompilerThre", "JIT");
        KINDS.put("C2 CompilerThre", "JIT");
    }

    private ThreadCpu() {
    }

    /** Prints one line, e.g. {@code engine 87.3 s, reading 15.8 s, ...}; nothing where there is no /proc. */
    static void print() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return;
        }
        Map<String, Double> seconds = new LinkedHashMap<>();
        KINDS.values().forEach(kind -> seconds.put(kind, 0.0));
        seconds.put("other", 0.0);
        try (Stream<Path> threads = Files.list(tasks)) {
            threads.forEach(task -> {
                String name = read(task.resolve("comm"));
                String stat = read(task.resolve("stat"));
                if (name == null || stat == null) {
                    return;
                }
                String kind = KINDS.entrySet().stream()
                        .filter(k -> name.startsWith(k.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse("other");
                // utime and stime, the 14th and 15th fields, in clock ticks of 1/100 s
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                double ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                seconds.merge(kind, ticks / 100, Double::sum);
            });
        } catch (IOException e) {
            return;
        }
        System.out.println(seconds.entrySet().stream().map(e -> "%s %.1f s".formatted(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ", "  CPU by thread since start (living threads): ", "")));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException gone) {
            return null;
        }
    }
}
