package cn.ipbridge.api.keylists;

import static cn.ipbridge.api.support.SmallGraph.MICRO;
import static cn.ipbridge.api.support.SmallGraph.XINLIAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.ipbridge.api.support.MatchingGraphTest;

/**
 * Key segments of the IC firms (微电子: granted invention in H01L; 芯联: one utility model in H01L) and saved lists.
 * Saved lists hold one firm each, so no list links two firms and changes no shortest path the explore tests expect.
 */
class KeyListGraphQlIT extends MatchingGraphTest {

    @Test
    void segmentsTheFirmsOfAnIndustryWithCountsAndPagedMembers() {
        var response = graphQl.documentName("keySegments").variable("industry", "IC").execute();
        response.path("keySegments[*].segment").entityList(String.class).containsExactly("NO_INVENTION_PATENTS",
                "SINGLE_PATENT", "HIGH_VALUE_PORTFOLIO", "CHOKEPOINT_FIELD", "LAPSE_RISK", "PLEDGE_READY");
        response.path("keySegments[?(@.segment == 'NO_INVENTION_PATENTS')].members.edges[*].node.uscc")
                .entityList(String.class).containsExactly(XINLIAN);
        response.path("keySegments[?(@.segment == 'SINGLE_PATENT')].count").entityList(Integer.class)
                .containsExactly(1);
        response.path("keySegments[?(@.segment == 'CHOKEPOINT_FIELD')].count").entityList(Integer.class)
                .containsExactly(2);
        response.path("keySegments[?(@.segment == 'CHOKEPOINT_FIELD')].members.pageInfo.hasNextPage")
                .entityList(Boolean.class).containsExactly(true);
        response.path("keySegments[?(@.segment == 'LAPSE_RISK')].count").entityList(Integer.class)
                .containsExactly(0);
        response.path("keySegments[?(@.segment == 'PLEDGE_READY')].members.edges[*].node.uscc")
                .entityList(String.class).containsExactly(MICRO);
        // 康华 (BIO) has a lapsed patent: at lapse risk across all industries.
        graphQl.documentName("keySegments").execute()
                .path("keySegments[?(@.segment == 'LAPSE_RISK')].count").entityList(Integer.class).containsExactly(1);
    }

    @Test
    void savesASegmentAsANamedListAndAssignsAnOfficerToIt() {
        String name = "质押融资重点清单-" + UUID.randomUUID();
        var saved = graphQl.documentName("saveKeyList").variable("name", name).variable("segment", "PLEDGE_READY")
                .variable("industry", "IC").execute();
        saved.path("saveKeyList.size").entity(Integer.class).isEqualTo(1);
        saved.path("saveKeyList.members.edges[*].node.uscc").entityList(String.class).containsExactly(MICRO);
        graphQl.documentName("assignOfficerToKeyList").variable("listName", name).variable("officerId", OFFICER)
                .execute().path("assignOfficerToKeyList.officers[*].id").entityList(String.class)
                .containsExactly(OFFICER);
        // Both changes are in the audit trail, made by the signed-in account.
        graphQl.documentName("changes").variable("entity", "KeyList").variable("key", name).execute()
                .path("changes.edges[*].node.actor").entityList(String.class).containsExactly("test-staff");
        graphQl.documentName("changes").variable("entity", "KeyListOfficer").variable("key", name + "/" + OFFICER)
                .execute().path("changes.edges[*].node.action").entityList(String.class).containsExactly("CREATE");
    }

    @Test
    void refusesWithTheArgumentsNameAndWritesNothing() {
        String name = "重点清单-" + UUID.randomUUID();
        graphQl.documentName("saveKeyList").variable("name", name).variable("segment", "SINGLE_PATENT")
                .variable("industry", "NOPE").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("industry")));
        graphQl.documentName("keyList").variable("name", name).execute().path("keyList").valueIsNull();

        graphQl.documentName("saveKeyList").variable("name", name).variable("segment", "SINGLE_PATENT")
                .variable("industry", "IC").execute().path("saveKeyList.size").entity(Integer.class).isEqualTo(1);
        graphQl.documentName("saveKeyList").variable("name", name).variable("segment", "CHOKEPOINT_FIELD")
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("name")));
        graphQl.documentName("assignOfficerToKeyList").variable("listName", name).variable("officerId", "NOBODY")
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("officerId")));
        var list = graphQl.documentName("keyList").variable("name", name).execute();
        list.path("keyList.size").entity(Integer.class).isEqualTo(1);
        list.path("keyList.officers").entityList(Object.class).hasSize(0);
    }

    @Test
    void findsTheOfficersToPickByAChineseSubstringOfTheirName() {
        var found = graphQl.documentName("officers").variable("search", "特派").execute();
        found.path("officers[*].id").entityList(String.class).containsExactly(OFFICER);
        found.path("officers[0].name").entity(String.class).isEqualTo("王特派");
        graphQl.documentName("officers").execute().path("officers[*].id").entityList(String.class).contains(OFFICER);
        graphQl.documentName("officers").variable("search", "OFF-0").execute()
                .path("officers[*].id").entityList(String.class).containsExactly(OFFICER);
        graphQl.documentName("officers").variable("search", "没有这个人").execute()
                .path("officers").entityList(Object.class).hasSize(0);
        graphQl.documentName("officers").variable("first", 0).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("first")));
    }
}
