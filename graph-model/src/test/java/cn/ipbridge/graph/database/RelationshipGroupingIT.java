package cn.ipbridge.graph.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * The embedded engine groups a node's relationships by type from {@link EmbeddedNeo4j#RELATIONSHIP_GROUPING_THRESHOLD}
 * on: reading one kind of link of a node past it costs less than of a smaller node below it, which walks them all.
 */
class RelationshipGroupingIT {

    private final TestDatabase database = TestDatabase.get();

    @AfterEach
    void removeProbes() {
        try (Session session = database.driver().session()) {
            session.run("MATCH (n:GroupingProbe) DETACH DELETE n").consume();
        }
    }

    @Test
    void readsOneKindOfLinkOfANodePastTheThresholdWithoutWalkingTheOthers() {
        int past = EmbeddedNeo4j.RELATIONSHIP_GROUPING_THRESHOLD + 10;
        int below = EmbeddedNeo4j.RELATIONSHIP_GROUPING_THRESHOLD - 2;
        long grouped = hitsReadingTheOneOddLink("past", past);
        long walked = hitsReadingTheOneOddLink("below", below);
        assertThat(walked).as("below the threshold every link is walked").isGreaterThanOrEqualTo(below);
        assertThat(grouped).as("past the threshold, with more links").isLessThan(walked);
    }

    /** The database hits of reading the one ODD link of a node that also has {@code others} OTHER links. */
    private long hitsReadingTheOneOddLink(String name, int others) {
        try (Session session = database.driver().session()) {
            session.run("""
                    CREATE (n:GroupingProbe {name: $name})
                    WITH n UNWIND range(1, $others) AS i CREATE (n)-[:OTHER]->(:GroupingProbe)
                    WITH DISTINCT n CREATE (n)-[:ODD]->(:GroupingProbe)""", Map.of("name", name, "others", others))
                    .consume();
            // From the node, as matchmaking reads a candidate's links (the planner would rather scan all ODD links).
            ProfiledPlan plan = session.run("""
                    PROFILE MATCH (n:GroupingProbe {name: $name}) CALL (n) { MATCH (n)-[:ODD]->(m) RETURN m }
                    RETURN m""", Map.of("name", name)).consume().profile();
            return expandHits(plan);
        }
    }

    private static long expandHits(ProfiledPlan plan) {
        long own = plan.operatorType().startsWith("Expand") ? plan.dbHits() : 0;
        return own + plan.children().stream().mapToLong(RelationshipGroupingIT::expandHits).sum();
    }
}
