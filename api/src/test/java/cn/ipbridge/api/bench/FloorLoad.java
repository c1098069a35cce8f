package cn.ipbridge.api.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import cn.ipbridge.graph.database.DriverLogging;

/**
 * {@code FloorLoad BOLT_URI QUERY CLIENTS SECONDS [API_PID]}: the suite's floor for one of its queries ({@link
 * SuiteQueries}, named as in its table, e.g. "full-text search (Chinese)") at that many clients, {@code SECONDS}
 * untimed, then {@code SECONDS} timed ({@link DriverLoad}); prints the requests a second and, given the pid of the
 * API that holds the engine, the CPU time a request took there and in this JVM (the client), from /proc.
 */
public final class FloorLoad {

    private FloorLoad() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        try (Driver driver = GraphDatabase.driver(args[0], AuthTokens.none(), DriverLogging.standalone())) {
            SuiteQuery query = SuiteQueries.all(driver).stream().filter(q -> q.name().equals(args[1])).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no suite query named '" + args[1] + "'"));
            DriverLoad.run(driver, query.statements(), clients, seconds);
            long api = args.length > 4 ? cpuTicks(args[4]) : 0;
            long self = cpuTicks("self");
            Measurement m = DriverLoad.run(driver, query.statements(), clients, seconds);
            System.out.printf(Locale.ROOT, "%s, %d clients: %.0f requests a second, %d failed", query.name(), clients,
                    m.throughput(), m.errors());
            if (args.length > 4) {
                System.out.printf(Locale.ROOT, "; CPU a request: API %.3f ms, client %.3f ms",
                        ms(cpuTicks(args[4]) - api, m), ms(cpuTicks("self") - self, m));
            }
            System.out.println();
        }
    }

    /** utime + stime of a process, in clock ticks (a hundredth of a second on Linux). */
    private static long cpuTicks(String pid) throws Exception {
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static double ms(long ticks, Measurement m) {
        return ticks * 10.0 / m.requests();
    }
}
