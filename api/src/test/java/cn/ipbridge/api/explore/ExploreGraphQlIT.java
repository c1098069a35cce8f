package cn.ipbridge.api.explore;

import static cn.ipbridge.api.support.SmallGraph.MICRO;
import static cn.ipbridge.api.support.SmallGraph.P1;
import static cn.ipbridge.api.support.SmallGraph.XINLIAN;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import cn.ipbridge.api.support.MatchingGraphTest;

class ExploreGraphQlIT extends MatchingGraphTest {

    @Test
    void saysANeighbourhoodIsCappedWhenMoreNodesExist() {
        var response = graphQl.documentName("neighbourhood").variable("id", "IpcClass:H01L21/02").variable("limit", 2)
                .execute();
        response.path("neighbourhood.capped").entity(Boolean.class).isEqualTo(true);
        response.path("neighbourhood.nodes[*].id").entityList(String.class).hasSize(3);
    }

    @Test
    void followsOnlyTheAskedRelationshipTypesAndReturnsTheirEdges() {
        var response = graphQl.documentName("neighbourhood").variable("id", "Enterprise:" + MICRO).variable("depth", 2)
                .variable("relationshipTypes", List.of("APPLIED_BY")).execute();
        response.path("neighbourhood.capped").entity(Boolean.class).isEqualTo(false);
        response.path("neighbourhood.edges[*].type").entityList(String.class).satisfies(types -> org.assertj.core.api.Assertions.assertThat(types).containsOnly("APPLIED_BY"));
        response.path("neighbourhood.nodes[*].id").entityList(String.class)
                .contains("Enterprise:" + MICRO, "Patent:" + P1, "University:复旦大学");
    }

    @Test
    void findsAShortestPathWithinTheLengthBound() {
        path(3, null)
                .path("shortestPath.edges[*].type").entityList(String.class).containsExactly("IN_INDUSTRY", "IN_INDUSTRY");
        path(null, List.of("APPLIED_BY", "CITES"))
                .path("shortestPath.edges[*].type").entityList(String.class)
                .satisfies(types -> org.assertj.core.api.Assertions.assertThat(types)
                        .containsExactlyInAnyOrder("APPLIED_BY", "CITES", "APPLIED_BY"));
        path(1, null)
                .path("shortestPath.nodes").entityList(Object.class).hasSize(0);
    }

    @Test
    void showsWhatTwoFirmsHaveInCommon() {
        var response = graphQl.documentName("inCommon").variable("a", MICRO).variable("b", XINLIAN).execute();
        response.path("inCommon.sharedIpcSubclasses").entityList(String.class).containsExactly("H01L");
        response.path("inCommon.citingPatents").entityList(String.class).contains(P1);
        response.path("inCommon.graph.edges[?(@.type == 'CITES')]").entityList(Object.class).hasSizeGreaterThan(0);
    }

    @Test
    void rejectsAnUnknownLabel() {
        graphQl.documentName("neighbourhood").variable("id", "Secret:1").execute()
                .errors().expect(e -> e.getMessage().contains("Label:key")).verify();
    }

    /** 微电子 to 芯联, with the length bound and relationship types given (null: the query's default). */
    private GraphQlTester.Response path(Integer maxLength, List<String> types) {
        // Requests collect variables in place; a variable left out lets the argument's default apply.
        GraphQlTester.Request<?> request = graphQl.documentName("shortestPath")
                .variable("from", "Enterprise:" + MICRO).variable("to", "Enterprise:" + XINLIAN);
        if (maxLength != null) {
            request.variable("maxLength", maxLength);
        }
        if (types != null) {
            request.variable("relationshipTypes", types);
        }
        return request.execute();
    }
}
