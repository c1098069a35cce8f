package cn.ipbridge.api.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import cn.ipbridge.api.support.DemoGraphTest;

/**
 * A funder's preferred firms ({@link PledgeQueries#PREFERRED_FIRMS}) are the same whichever way the statement reaches
 * them: from the top of the granted-invention index or from the industries. Checked for every funder of the demo
 * graph, with and without a district scope, at sizes that make it take each way, against the plain statement that
 * sorts every firm in the industries.
 */
class PreferredFirmsIT extends DemoGraphTest {

    private static final String SCOPE = "WHERE EXISTS { (e)-[:LOCATED_IN]->(:District {adcode: $district}) }";

    private static final String REFERENCE = """
            MATCH (:Funder {name: $name})-[:PREFERS]->(:Industry)<-[:IN_INDUSTRY]-(e:Enterprise)
            WHERE e.grantedInventionCount > 0
            WITH DISTINCT e ORDER BY e.grantedInventionCount DESC, e.uscc
            %s
            WITH e LIMIT $firms
            RETURN e.uscc AS firm
            """;

    @Autowired
    Neo4jClient client;

    @Test
    void everyFunderGetsTheFirmsWithMostGrantedInventionsInItsIndustriesEitherWay() {
        List<String> funders = List.copyOf(client.query("MATCH (f:Funder) RETURN f.name AS name ORDER BY name")
                .fetchAs(String.class).all());
        long firmsInAll = client.query("MATCH (e:Enterprise) RETURN count(e)").fetchAs(Long.class).one().orElseThrow();
        int fromIndex = 0;
        int fromIndustries = 0;
        for (String funder : funders) {
            long held = client.query("""
                    MATCH (:Funder {name: $name})-[:PREFERS]->(:Industry)<-[:IN_INDUSTRY]-(e) RETURN count(e)
                    """).bind(funder).to("name").fetchAs(Long.class).one().orElseThrow();
            for (int firms : new int[] {1, 10, 200}) {
                for (String where : new String[] {"", SCOPE}) {
                    Map<String, Object> parameters = new HashMap<>(Map.of("name", funder, "firms", firms,
                            "district", "310115"));
                    assertThat(preferred(where, parameters)).as("%s, %d firms, scope '%s'", funder, firms, where)
                            .isEqualTo(reference(where, parameters));
                }
                if (held * held >= (long) firms * firmsInAll) {
                    fromIndex++;
                } else {
                    fromIndustries++;
                }
            }
        }
        assertThat(funders).isNotEmpty();
        assertThat(fromIndex).as("cases read from the index").isPositive();
        assertThat(fromIndustries).as("cases read from the industries").isPositive();
    }

    private List<String> preferred(String where, Map<String, Object> parameters) {
        String cypher = """
                MATCH (f:Funder {name: $name})
                WITH [(f)-[:PREFERS]->(ind:Industry) | ind] AS industries
                %s
                UNWIND preferred AS e
                RETURN e.uscc AS firm
                """.formatted(PledgeQueries.PREFERRED_FIRMS.formatted(where));
        return firms(cypher, parameters);
    }

    private List<String> reference(String where, Map<String, Object> parameters) {
        return firms(REFERENCE.formatted(where), parameters);
    }

    private List<String> firms(String cypher, Map<String, Object> parameters) {
        return List.copyOf(client.query(cypher).bindAll(parameters).fetchAs(String.class).all());
    }
}
