package cn.ipbridge.api.matching;

import static cn.ipbridge.api.support.SmallGraph.MICRO;
import static cn.ipbridge.api.support.SmallGraph.XINLIAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.support.MatchingGraphTest;
import cn.ipbridge.graph.model.Institution;
import cn.ipbridge.graph.model.InstitutionType;
import cn.ipbridge.graph.write.GraphWriter;
import cn.ipbridge.graph.write.WriteProgress;

/**
 * The firms an institution's statement ranks ({@link InstitutionMatchQueries}) come from the subclasses at, above
 * and below its specialities: one specialised in a whole class (H01) ranks the firms in its subclasses (H01L, H01M)
 * first, where reading one firm leaves no room for any other.
 */
class SpecialityLevelsIT extends MatchingGraphTest {

    private static final String ELECTRICAL = "上海电学专利服务中心";

    @Test
    void aClassLevelSpecialityRanksTheFirmsInItsSubclasses(@Autowired Driver driver) {
        new GraphWriter(driver, null).organisations().institutions(List.of(new Institution(ELECTRICAL,
                List.of(InstitutionType.INFO_OUTLET), false, List.of("专利检索"), List.of("H01"), "310104", 10,
                "知识产权信息服务网点", 2024, null)), WriteProgress.NONE);
        try {
            List<String> ranked = driver.executableQuery("""
                    CALL () {
                    %s}
                    UNWIND rows AS row
                    RETURN row.enterprise.uscc AS uscc
                    """.formatted(InstitutionMatchQueries.cypher("", Enterprise.PROJECTION)))
                    .withParameters(Map.of("name", ELECTRICAL, "limit", 1)).execute().records().stream()
                    .map(r -> r.get("uscc").asString()).toList();
            assertThat(ranked).singleElement().isIn(MICRO, XINLIAN);
        } finally {
            driver.executableQuery("MATCH (i:Institution {name: $name}) DETACH DELETE i")
                    .withParameters(Map.of("name", ELECTRICAL)).execute();
        }
    }
}
