package cn.ipbridge.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

import cn.ipbridge.api.support.GraphQlTestBase;
import cn.ipbridge.api.support.SmallGraph;
import cn.ipbridge.graph.model.Funder;
import cn.ipbridge.graph.model.FunderType;
import cn.ipbridge.graph.model.Officer;
import cn.ipbridge.graph.write.GraphWriter;
import cn.ipbridge.graph.write.WriteProgress;

/**
 * Base of the recording tests: {@link SmallGraph} plus an officer and a funder, in a context and database of their
 * own (the property below makes the context distinct), so the records written never reach other tests.
 */
@TestPropertySource(properties = {"ipbridge.dataset.size=none", "ipbridge.test.fixture=records"})
abstract class RecordsGraphTest extends GraphQlTestBase {

    static final String OFFICER = "OFF-REC-1";
    static final String BANK = "上海科技银行";
    static final String TRADEMARK = "12345678";

    @Autowired
    Driver driver;

    @BeforeEach
    void writeGraphOnce() {
        long officers = driver.executableQuery("MATCH (o:Officer {id: $id}) RETURN count(o) AS n")
                .withParameters(Map.of("id", OFFICER)).execute().records().get(0).get("n").asLong();
        if (officers == 0) {
            SmallGraph.write(driver);
            GraphWriter graph = new GraphWriter(driver, null);
            graph.operations().officers(List.of(new Officer(OFFICER, "李特派", "310115", List.of())),
                    WriteProgress.NONE);
            graph.organisations().funders(List.of(new Funder(BANK, FunderType.BANK, List.of("知识产权质押贷款"), true,
                    List.of("IC"), 50, 300, null)), WriteProgress.NONE);
        }
    }

    /** Every node and relationship with its properties, as text: equal before and after means nothing changed. */
    String graphState() {
        var nodes = driver.executableQuery("""
                MATCH (n) WITH n ORDER BY elementId(n)
                RETURN collect([labels(n), properties(n)]) AS all""").execute().records().get(0).get("all");
        var links = driver.executableQuery("""
                MATCH (a)-[r]->(b) WITH a, r, b ORDER BY elementId(r)
                RETURN collect([elementId(a), type(r), elementId(b), properties(r)]) AS all""")
                .execute().records().get(0).get("all");
        return nodes + "\n" + links;
    }

    /** Runs a mutation that must be refused: one error naming {@code field}, and the graph as it was. */
    void refused(GraphQlTester.Request<?> request, String field) {
        String before = graphState();
        request.execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("'input." + field + "'")));
        assertThat(graphState()).isEqualTo(before);
    }

    static Map<String, Object> input(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
