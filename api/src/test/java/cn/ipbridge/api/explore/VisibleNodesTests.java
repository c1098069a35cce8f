package cn.ipbridge.api.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.ipbridge.api.security.Role;
import cn.ipbridge.api.security.RowScope;

/** The statements ADMIN and STAFF run stay as they were; a district's carry its scope only as a parameter. */
class VisibleNodesTests {

    private static final NodeId FIRM = NodeId.of("Enterprise", "91310115591693856A");

    @Test
    void leavesTheUnrestrictedStatementsUnchanged() {
        RowScope staff = RowScope.unrestrictedScope();
        assertThat(VisibleNodes.predicate(staff, "x")).isEqualTo("true");
        assertThat(ExploreQueries.neighbourhoodCypher(FIRM, 2, staff)).doesNotContain("scopeValue", "CASE\n");
        assertThat(ExploreQueries.shortestPathCypher(FIRM, FIRM, 4, staff)).doesNotContain("scopeValue");
        assertThat(ExploreQueries.IN_COMMON).doesNotContain("scopeValue", "WHERE true");
    }

    @Test
    void holdsEveryNodeOfADistrictsPathToItsScope() {
        RowScope pudong = new RowScope(Role.DISTRICT, "310115");
        assertThat(ExploreQueries.neighbourhoodCypher(FIRM, 2, pudong))
                .contains("all(x IN nodes(path)[1..] WHERE CASE", "WHEN x:Enterprise THEN EXISTS",
                        "{adcode: $scopeValue}")
                .doesNotContain("310115");
        assertThat(ExploreQueries.shortestPathCypher(FIRM, FIRM, 4, pudong))
                .contains("all(x IN nodes(path) WHERE CASE", "WHEN a:Enterprise", "WHEN b:Enterprise")
                .doesNotContain("310115");
        assertThat(ExploreQueries.inCommonCypher(pudong)).contains("WHERE EXISTS { (a)-[:LOCATED_IN]",
                "AND EXISTS { (b)-[:LOCATED_IN]").doesNotContain("310115");
    }
}
