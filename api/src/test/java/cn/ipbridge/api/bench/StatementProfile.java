package cn.ipbridge.api.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

import cn.ipbridge.api.matching.MatchingStatements;
import cn.ipbridge.graph.database.DriverLogging;
import cn.ipbridge.graph.database.EmbeddedNeo4j;

/**
 * {@code StatementProfile STORE QUERY [FIRMS]}: the database hits of a matchmaking statement ({@link
 * MatchingStatements}, the Cypher its resolver runs) under {@code PROFILE}, on a store with the API stopped: averaged
 * over the {@code FIRMS} (40) firms with most patents for the enterprise queries, over every institution for
 * {@code firmsForInstitution} and every funder for {@code pledgeCandidatesForFunder}. It also prints a SHA-256 of all
 * rows returned, so that runs on two commits show whether a change kept the statement's answers. With
 * {@code -Dscan=N}, a statement that reads at most {@code $scan} candidates as found reads up to {@code N}, so that
 * two ways of finding them can be compared without the cap (which candidates come first depends on link order).
 * With {@code -Dplan=SUBJECT} (a credit code, institution or funder name) it also prints that subject's plan, one
 * operator a line with its database hits and rows, to see where a statement's work goes.
 */
public final class StatementProfile {

    private StatementProfile() {
    }

    public static void main(String[] args) throws Exception {
        String query = args[1];
        int firms = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        String scan = System.getProperty("scan");
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(Path.of(args[0]), 0, 2L << 30);
             Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none(), DriverLogging.standalone());
             Session session = driver.session()) {
            String subjectsQuery = switch (query) {
                case "firmsForInstitution" -> "MATCH (i:Institution) RETURN i.name AS s ORDER BY s";
                case "pledgeCandidatesForFunder" -> "MATCH (f:Funder) RETURN f.name AS s ORDER BY s";
                default -> "MATCH (e:Enterprise) RETURN e.uscc AS s ORDER BY e.patentCount DESC, s LIMIT $n";
            };
            List<String> subjects = session.run(subjectsQuery, Map.of("n", firms)).list(r -> r.get("s").asString());
            MessageDigest rows = MessageDigest.getInstance("SHA-256");
            long total = 0;
            long worst = 0;
            for (String subject : subjects) {
                FloorStatement s = MatchingStatements.of(query, subject);
                Map<String, Object> parameters = new HashMap<>(s.parameters());
                if (scan != null && parameters.containsKey("scan")) {
                    parameters.put("scan", Integer.parseInt(scan));
                }
                session.run(s.cypher(), parameters).list(Record::asMap)
                        .forEach(r -> rows.update(r.toString().getBytes(StandardCharsets.UTF_8)));
                ProfiledPlan plan = session.run("PROFILE " + s.cypher(), parameters).consume().profile();
                if (subject.equals(System.getProperty("plan"))) {
                    print(plan, "");
                }
                long hits = hits(plan);
                total += hits;
                worst = Math.max(worst, hits);
            }
            System.out.printf("%s over %d: %,d database hits on average, worst %,d; rows %s%n", query, subjects.size(),
                    total / Math.max(1, subjects.size()), worst, HexFormat.of().formatHex(rows.digest()).substring(0, 16));
        }
    }

    private static void print(ProfiledPlan plan, String indent) {
        System.out.printf("%s%s %,d hits, %,d rows%s%n", indent, plan.operatorType(), plan.dbHits(), plan.records(),
                plan.arguments().containsKey("Details") ? ": " + plan.arguments().get("Details").asString() : "");
        plan.children().forEach(child -> print(child, indent + "  "));
    }

    private static long hits(ProfiledPlan plan) {
        return plan.dbHits() + plan.children().stream().mapToLong(StatementProfile::hits).sum();
    }
}
