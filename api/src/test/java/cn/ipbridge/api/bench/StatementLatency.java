package cn.ipbridge.api.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import cn.ipbridge.api.matching.MatchingStatements;
import cn.ipbridge.graph.database.DriverLogging;

/**
 * {@code StatementLatency BOLT_URI QUERY SUBJECT SECONDS [CYPHER_FILE]}: one client's latency of a matchmaking
 * statement through the Java driver against a running engine (the API's, on its Bolt port), as the floor measures
 * it ({@link DriverLoad}, read transaction, every record read): {@code SECONDS} untimed, then {@code SECONDS}
 * timed; prints the count and p50 / p95 / p99 in ms. The statement is the one {@code QUERY}'s resolver runs for
 * {@code SUBJECT} (a credit code, institution or funder name; {@link MatchingStatements}), or, with
 * {@code CYPHER_FILE}, that file's text with the same parameters: a variant of it, to time a part. With
 * {@code -Dprint} it prints the resolver's statement and times nothing, to start a variant from.
 * <p>
 * {@code StatementLatency BOLT_URI FILE.cypher SECONDS [PARAMETER ...]} times any statement the same way, its
 * parameters given as {@code name=text}, {@code name#=number}, {@code name[]=text,text,...} (a list of texts) or
 * {@code name} alone (null).
 */
public final class StatementLatency {

    private StatementLatency() {
    }

    public static void main(String[] args) throws Exception {
        FloorStatement timed;
        int seconds;
        if (args[1].endsWith(".cypher")) {
            timed = new FloorStatement("", Files.readString(Path.of(args[1])),
                    parameters(Arrays.asList(args).subList(3, args.length)));
            seconds = Integer.parseInt(args[2]);
        } else {
            FloorStatement statement = MatchingStatements.of(args[1], args[2]);
            if (System.getProperty("print") != null) {
                System.out.println(statement.cypher());
                return;
            }
            seconds = Integer.parseInt(args[3]);
            timed = args.length > 4 ? new FloorStatement(statement.graphQl(), Files.readString(Path.of(args[4])),
                    statement.parameters()) : statement;
        }
        try (Driver driver = GraphDatabase.driver(args[0], AuthTokens.none(), DriverLogging.standalone())) {
            DriverLoad.run(driver, List.of(timed), 1, seconds);
            Measurement m = DriverLoad.run(driver, List.of(timed), 1, seconds);
            System.out.printf(Locale.ROOT, "%d runs in %.0f s, %d failed: p50 %.2f / p95 %.2f / p99 %.2f ms%n",
                    m.requests(), m.seconds(), m.errors(), m.p50(), m.p95(), m.p99());
        }
    }

    static Map<String, Object> parameters(List<String> given) {
        Map<String, Object> parameters = new HashMap<>();
        for (String parameter : given) {
            int eq = parameter.indexOf('=');
            if (eq < 0) {
                parameters.put(parameter, null);
                continue;
            }
            if (eq == 0) {
                throw new IllegalArgumentException("a parameter is name=text, name#=number, name[]=a,b or name: "
                        + parameter);
            }
            String name = parameter.substring(0, eq);
            String value = parameter.substring(eq + 1);
            if (name.endsWith("#")) {
                parameters.put(name.substring(0, name.length() - 1), Long.parseLong(value));
            } else if (name.endsWith("[]")) {
                parameters.put(name.substring(0, name.length() - 2), List.of(value.split(",")));
            } else {
                parameters.put(name, value);
            }
        }
        return parameters;
    }
}
