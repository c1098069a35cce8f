package cn.ipbridge.api.explore;

import static cn.ipbridge.api.support.SmallGraph.MICRO;
import static cn.ipbridge.api.support.SmallGraph.P1;
import static cn.ipbridge.api.support.SmallGraph.XINLIAN;

import org.junit.jupiter.api.Test;

import cn.ipbridge.api.support.MatchingGraphTest;

class ExploreGraphQlIT extends MatchingGraphTest {

    @Test
    void saysANeighbourhoodIsCappedWhenMoreNodesExist() {
        var response = graphQl.document("""
                { neighbourhood(id: "IpcClass:H01L21/02", limit: 2) { capped nodes { id } } }""").execute();
        response.path("neighbourhood.capped").entity(Boolean.class).isEqualTo(true);
        response.path("neighbourhood.nodes[*].id").entityList(String.class).hasSize(3);
    }

    @Test
    void followsOnlyTheAskedRelationshipTypesAndReturnsTheirEdges() {
        var response = graphQl.document("""
                { neighbourhood(id: "Enterprise:%s", depth: 2, relationshipTypes: ["APPLIED_BY"]) {
                    capped nodes { id labels caption } edges { type source target } } }""".formatted(MICRO)).execute();
        response.path("neighbourhood.capped").entity(Boolean.class).isEqualTo(false);
        response.path("neighbourhood.edges[*].type").entityList(String.class).satisfies(types -> org.assertj.core.api.Assertions.assertThat(types).containsOnly("APPLIED_BY"));
        response.path("neighbourhood.nodes[*].id").entityList(String.class)
                .contains("Enterprise:" + MICRO, "Patent:" + P1, "University:复旦大学");
    }

    @Test
    void findsAShortestPathWithinTheLengthBound() {
        graphQl.document("""
                { shortestPath(from: "Enterprise:%s", to: "Enterprise:%s", maxLength: 3) { nodes { id } edges { type } } }
                """.formatted(MICRO, XINLIAN)).execute()
                .path("shortestPath.edges[*].type").entityList(String.class).containsExactly("IN_INDUSTRY", "IN_INDUSTRY");
        graphQl.document("""
                { shortestPath(from: "Enterprise:%s", to: "Enterprise:%s", relationshipTypes: ["APPLIED_BY", "CITES"]) {
                    edges { type } } }""".formatted(MICRO, XINLIAN)).execute()
                .path("shortestPath.edges[*].type").entityList(String.class)
                .satisfies(types -> org.assertj.core.api.Assertions.assertThat(types)
                        .containsExactlyInAnyOrder("APPLIED_BY", "CITES", "APPLIED_BY"));
        graphQl.document("""
                { shortestPath(from: "Enterprise:%s", to: "Enterprise:%s", maxLength: 1) { nodes { id } } }
                """.formatted(MICRO, XINLIAN)).execute()
                .path("shortestPath.nodes").entityList(Object.class).hasSize(0);
    }

    @Test
    void showsWhatTwoFirmsHaveInCommon() {
        var response = graphQl.document("""
                { inCommon(a: "%s", b: "%s") { sharedInstitutions coAppliedPatents citingPatents sharedIpcSubclasses
                    graph { nodes { id } edges { type source target } } } }""".formatted(MICRO, XINLIAN)).execute();
        response.path("inCommon.sharedIpcSubclasses").entityList(String.class).containsExactly("H01L");
        response.path("inCommon.citingPatents").entityList(String.class).contains(P1);
        response.path("inCommon.graph.edges[?(@.type == 'CITES')]").entityList(Object.class).hasSizeGreaterThan(0);
    }

    @Test
    void rejectsAnUnknownLabel() {
        graphQl.document("{ neighbourhood(id: \"Secret:1\") { capped } }").execute()
                .errors().expect(e -> e.getMessage().contains("Label:key")).verify();
    }
}
