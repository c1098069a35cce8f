package cn.ipbridge.graph.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import cn.ipbridge.graph.identifier.ApplicationNumber;
import cn.ipbridge.graph.identifier.CreditCode;
import cn.ipbridge.graph.model.Patent;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Whatever the seed, a small graph keeps the invariants the write path and the API rely on. */
class TinyGraphTests {

    private static final GenerationPlan TINY = DatasetSize.DEMO.plan().scaled(0.05);

    @Property(tries = 8)
    void identifiersValidateAndCitationsPointBackwards(@ForAll long seed) {
        GeneratedGraph graph = new GraphGenerator(TINY, seed, DemoGraph.SCHEME).generate();
        graph.enterprises().forEach(e -> assertThat(CreditCode.isValid(e.uscc())).as(e.uscc()).isTrue());
        Map<String, LocalDate> filed = new HashMap<>();
        for (Patent p : graph.patents()) {
            assertThat(ApplicationNumber.isValid(p.applicationNumber())).isTrue();
            assertThat(filed.put(p.applicationNumber(), p.filingDate())).as("unique").isNull();
        }
        for (Patent p : graph.patents()) {
            p.cites().forEach(cited -> assertThat(filed.get(cited)).isBefore(p.filingDate()));
        }
        assertThat(graph.serviceCases()).isNotEmpty();
        assertThat(graph.events()).isNotEmpty();
    }
}
