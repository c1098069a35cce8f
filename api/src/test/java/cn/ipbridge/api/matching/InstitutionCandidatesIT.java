package cn.ipbridge.api.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.support.DemoGraphTest;

/**
 * An institution's candidate firms ({@link InstitutionMatchQueries}) are the same whichever way the statement reaches
 * them: from the top of the index on the derived {@code IN_FIELDS_OF} shares, from all of the institution's links
 * when the filter leaves too few of the top, or from other firms when still too few pass. Checked for every
 * institution of the demo graph, at limits that make it take each way, with no filter, leaving out the firms it
 * serves, and within one district, against a reference that sums each firm's patents in the institution's fields
 * from its {@code ACTIVE_IN_SUBCLASS} links, as the statement did before the derived links existed.
 */
class InstitutionCandidatesIT extends DemoGraphTest {

    private static final String DISTRICT = "WHERE EXISTS { (e)-[:LOCATED_IN]->(:District {adcode: $district}) }";

    private static final String REFERENCE = """
            MATCH (inst:Institution {name: $name})
            CALL (inst) {
              MATCH (inst)-[:SPECIALIZES_IN]->(s:IpcClass)
              CALL (s) {
                MATCH (s)-[:PARENT*0..3]->(sub:IpcClass {level: 'SUBCLASS'})
                RETURN sub
                UNION
                WITH s WHERE s.level IN ['SECTION', 'CLASS']
                MATCH (s)<-[:PARENT*1..2]-(sub:IpcClass {level: 'SUBCLASS'})
                RETURN sub
              }
              WITH DISTINCT inst, sub
              MATCH (sub)<-[w:ACTIVE_IN_SUBCLASS]-(e)
              WITH inst, e, sum(w.patents) AS inField
              WITH inst, e, inField, toFloat(inField) / CASE WHEN e.patentCount > inField THEN e.patentCount
                                                            ELSE inField END AS share
              ORDER BY share DESC, inField DESC, e.uscc
              %1$s
              WITH e LIMIT $limit
              RETURN collect(e) AS ranked
            }
            CALL (inst, ranked) {
              MATCH (e:Enterprise) WHERE NOT e IN ranked
              WITH inst, e
              %1$s
              WITH e ORDER BY e.uscc LIMIT $limit
              RETURN collect(e) AS others
            }
            UNWIND (ranked + others)[..$limit] AS e
            RETURN e.uscc AS firm
            """;

    /**
     * The institution's top links as the statement reads them (twice the limit and those tied with the last) and how
     * many of their firms pass the filter.
     */
    private static final String TOP = """
            MATCH (inst:Institution {name: $name})
            CALL (inst) {
              MATCH (inst)<-[f:IN_FIELDS_OF]-()
              WITH f ORDER BY f.share DESC LIMIT $limit * 2
              RETURN min(f.share) AS least
            }
            MATCH (inst)<-[f:IN_FIELDS_OF]-(e) WHERE f.share >= least
            WITH inst, collect(e) AS top
            UNWIND top AS e
            WITH inst, e, size(top) AS read
            %s
            RETURN [count(e), coalesce(max(read), 0)] AS top
            """;

    /** Of the top links read, how many firms pass the filter, and how many were read. */
    private record Top(long passing, long read) {
    }

    @Autowired
    Neo4jClient client;

    @Test
    void everyInstitutionGetsTheFirmsWithTheLargestShareOfPatentsInItsFieldsEitherWay() {
        List<String> institutions = List.copyOf(client.query(
                "MATCH (i:Institution) RETURN i.name AS name ORDER BY name").fetchAs(String.class).all());
        int fromTop = 0;
        int withTies = 0;
        int fromAllLinks = 0;
        for (String institution : institutions) {
            for (int limit : new int[] {1, 5, 50}) {
                for (String where : new String[] {"", "WHERE " + InstitutionMatchQueries.NOT_SERVED, DISTRICT}) {
                    Map<String, Object> parameters = new HashMap<>(Map.of("name", institution, "limit", limit,
                            "district", "310115"));
                    assertThat(candidates(where, parameters)).as("%s, limit %d, '%s'", institution, limit, where)
                            .isEqualTo(firms(REFERENCE.formatted(where), parameters));
                    Top top = client.query(TOP.formatted(where)).bindAll(parameters).fetchAs(Top.class)
                            .mappedBy((t, r) -> new Top(r.get("top").get(0).asLong(), r.get("top").get(1).asLong()))
                            .one().orElseThrow();
                    if (top.passing() >= limit) {
                        fromTop++;
                        withTies += top.read() > 2L * limit ? 1 : 0;
                    } else {
                        fromAllLinks++;
                    }
                }
            }
        }
        assertThat(institutions).isNotEmpty();
        assertThat(fromTop).as("cases answered from the top of the index").isPositive();
        assertThat(withTies).as("of those, cases with firms tied with the last of twice the limit").isPositive();
        assertThat(fromAllLinks).as("cases that read all the institution's links").isPositive();
    }

    private List<String> candidates(String where, Map<String, Object> parameters) {
        return firms("""
                CALL () {
                %s}
                UNWIND rows AS row
                RETURN row.enterprise.uscc AS firm
                """.formatted(InstitutionMatchQueries.cypher(where, Enterprise.PROJECTION)), parameters);
    }

    private List<String> firms(String cypher, Map<String, Object> parameters) {
        return List.copyOf(client.query(cypher).bindAll(parameters).fetchAs(String.class).all());
    }
}
