package cn.ipbridge.api.patent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

import cn.ipbridge.api.support.SmallGraphTest;

import static cn.ipbridge.api.support.SmallGraph.FUDAN;
import static cn.ipbridge.api.support.SmallGraph.MICRO;
import static cn.ipbridge.api.support.SmallGraph.P1;
import static cn.ipbridge.api.support.SmallGraph.P2;
import static cn.ipbridge.api.support.SmallGraph.P3;
import static cn.ipbridge.api.support.SmallGraph.P4;
import static cn.ipbridge.api.support.SmallGraph.P5;
import static cn.ipbridge.api.support.SmallGraph.P6;

class PatentGraphQlIT extends SmallGraphTest {

    @Test
    void findsAPatentByAnyAcceptedSpelling() {
        String digits = P1.replace(".", "");
        for (String spelling : List.of(P1, "CN" + P1, digits, "ZL" + P1, "cn " + P1)) {
            graphQl.documentName("patent").variable("number", spelling).execute()
                    .path("patent.applicationNumber").entity(String.class).isEqualTo(P1);
        }
    }

    @Test
    void showsApplicantsInOrderWithTheirKinds() {
        var response = graphQl.documentName("patent").variable("number", P2).execute();
        response.path("patent.applicants[*].name").entityList(String.class)
                .containsExactly("上海微电子装备有限公司", FUDAN);
        response.path("patent.applicants[*].kind").entityList(String.class).containsExactly("ENTERPRISE", "UNIVERSITY");
        response.path("patent.applicants[0].enterprise.uscc").entity(String.class).isEqualTo(MICRO);
        response.path("patent.abstract").entity(String.class).isEqualTo("一种晶圆曝光方法的摘要");
    }

    @Test
    void keepsAnUnlinkedApplicantAsOther() {
        graphQl.documentName("patent").variable("number", P6).execute()
                .path("patent.applicants[0].kind").entity(String.class).isEqualTo("OTHER");
    }

    @Test
    void listsTheMainIpcClassFirst() {
        graphQl.documentName("patent").variable("number", P1).execute()
                .path("patent.ipcClasses[*].code").entityList(String.class).containsExactly("H01L21/02", "H01M50/609");
    }

    @Test
    void followsCitationsBothWays() {
        graphQl.documentName("patent").variable("number", P1).execute()
                .path("patent.citedBy[*].applicationNumber").entityList(String.class).containsExactly(P3, P2);
        graphQl.documentName("patent").variable("number", P3).execute()
                .path("patent.citations[*].applicationNumber").entityList(String.class).containsExactly(P2, P1);
    }

    @Test
    void rejectsAMalformedApplicationNumberSayingWhichRule() {
        String wrongCheck = P1.substring(0, P1.length() - 1) + (P1.endsWith("1") ? "2" : "1");
        graphQl.documentName("patent").variable("number", wrongCheck).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(errors.get(0).getMessage()).contains("check");
                });
    }

    @Test
    void reportsAnUnknownApplicationNumberAsNotFound() {
        String unknown = cn.ipbridge.graph.identifier.ApplicationNumber.complete("202410999999").normalised();
        graphQl.documentName("patent").variable("number", unknown).execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND));
    }

    @Test
    void filtersByIpcAtEveryLevelOfTheHierarchy() {
        Map<String, List<String>> expected = Map.of(
                "H", List.of(P1, P2, P3, P4, P6),
                "H01L", List.of(P1, P2, P3, P4),
                "H01L 21/00", List.of(P1, P2, P3, P4),
                "H01L21/02", List.of(P1, P3, P4),
                "H01M0050609000", List.of(P1, P6));
        expected.forEach((ipc, numbers) -> graphQl.documentName("patents")
                .variable("filter", Map.of("ipc", ipc))
                .variable("orderBy", Map.of("field", "APPLICATION_NUMBER", "direction", "ASC")).execute()
                .path("patents.edges[*].node.applicationNumber").entityList(String.class)
                .satisfies(found -> assertThat(found).as(ipc).containsExactlyInAnyOrderElementsOf(numbers)));
    }

    @Test
    void combinesTypeStatusApplicantAndDateFilters() {
        graphQl.documentName("patents").variable("filter", Map.of("types", List.of("INVENTION"),
                        "legalStatuses", List.of("GRANTED"))).execute()
                .path("patents.edges[*].node.applicationNumber").entityList(String.class)
                .satisfies(found -> assertThat(found).containsExactlyInAnyOrder(P1, P4));
        graphQl.documentName("patents").variable("filter", Map.of("applicantUscc", MICRO,
                        "filedFrom", "2020-01-01")).execute()
                .path("patents.edges[*].node.applicationNumber").entityList(String.class).containsExactly(P2);
        graphQl.documentName("patents").variable("filter", Map.of("universityOwned", true)).execute()
                .path("patents.totalCount").entity(Integer.class).isEqualTo(2);
    }

    @Test
    void findsPatentsByChineseTextInTheTitle() {
        graphQl.documentName("patents").variable("filter", Map.of("text", "光刻")).execute()
                .path("patents.edges[*].node.applicationNumber").entityList(String.class).containsExactly(P1);
    }

    @Test
    void ordersByCitationsReceived() {
        var response = graphQl.documentName("patents")
                .variable("orderBy", Map.of("field", "CITED_BY_COUNT", "direction", "DESC"))
                .variable("first", 2).execute();
        response.path("patents.edges[*].node.applicationNumber").entityList(String.class).containsExactly(P1, P2);
        response.path("patents.totalCount").entity(Integer.class).isEqualTo(6);
    }

    @Test
    void ordersByGrantDateWithPendingPatentsLast() {
        graphQl.documentName("patents").variable("orderBy", Map.of("field", "GRANT_DATE", "direction", "DESC"))
                .execute()
                .path("patents.edges[*].node.applicationNumber").entityList(String.class)
                .satisfies(numbers -> assertThat(numbers.get(numbers.size() - 1)).isEqualTo(P2));
    }

    @Test
    void rejectsAFilterWhoseDatesAreReversed() {
        graphQl.documentName("patents").variable("filter", Map.of("filedFrom", "2022-01-01", "filedTo", "2021-01-01"))
                .execute().errors().satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("filter.filedFrom"));
    }

    @Test
    void findsTheOnlyPatentInA61K() {
        graphQl.documentName("patents").variable("filter", Map.of("ipc", "A61K")).execute()
                .path("patents.edges[*].node.applicationNumber").entityList(String.class).containsExactly(P5);
    }
}
