package cn.ipbridge.api.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;

import cn.ipbridge.api.support.SmallGraphTest;

import static cn.ipbridge.api.support.SmallGraph.KANGHUA;
import static cn.ipbridge.api.support.SmallGraph.MICRO;
import static cn.ipbridge.api.support.SmallGraph.P1;
import static cn.ipbridge.api.support.SmallGraph.P2;
import static cn.ipbridge.api.support.SmallGraph.SJTU;
import static cn.ipbridge.api.support.SmallGraph.XINLIAN;

class EnterpriseGraphQlIT extends SmallGraphTest {

    @Autowired
    private Driver driver;

    @Test
    void findsAnEnterpriseByCreditCodeWithItsDistrictPatentsAndServices() {
        var response = graphQl.documentName("enterprise").variable("uscc", MICRO).execute();
        response.path("enterprise.name").entity(String.class).isEqualTo("上海微电子装备有限公司");
        response.path("enterprise.district.name").entity(String.class).isEqualTo("浦东新区");
        response.path("enterprise.industry.code").entity(String.class).isEqualTo("IC");
        response.path("enterprise.srdiLevel").entity(String.class).isEqualTo("LITTLE_GIANT");
        response.path("enterprise.patentCount").entity(Integer.class).isEqualTo(2);
        response.path("enterprise.grantedInventions").entity(Integer.class).isEqualTo(1);
        response.path("enterprise.patents[*].applicationNumber").entityList(String.class).containsExactly(P2, P1);
        response.path("enterprise.trademarks[0].keyProtection").entity(Boolean.class).isEqualTo(true);
        response.path("enterprise.servedBy[0].institution.name").entity(String.class).isEqualTo(SJTU);
        response.path("enterprise.servedBy[0].institution.university").entity(Boolean.class).isEqualTo(true);
        response.path("enterprise.servedBy[0].since").entity(String.class).isEqualTo("2024-01-01");
    }

    @Test
    void acceptsACreditCodeInLowerCaseWithSpaces() {
        graphQl.documentName("enterprise").variable("uscc", " 9131 0115 5916 9385 6a ").execute()
                .path("enterprise.uscc").entity(String.class).isEqualTo(MICRO);
    }

    @Test
    void rejectsCreditCodeWithWrongCheckCharacterSayingWhichRule() {
        graphQl.documentName("enterprise").variable("uscc", "91310115591693856B").execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(errors.get(0).getMessage()).contains("check character");
                });
    }

    @Test
    void reportsAnUnknownCreditCodeAsNotFound() {
        String unknown = cn.ipbridge.graph.identifier.CreditCode.complete("91310000MA1K00000").value();
        graphQl.documentName("enterprise").variable("uscc", unknown).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
                    assertThat(errors.get(0).getMessage()).contains(unknown).doesNotContain("Exception", "MATCH");
                });
    }

    @Test
    void filtersByDistrictNameOrCode() {
        for (String district : List.of("浦东新区", "310115")) {
            graphQl.documentName("enterprises").variable("filter", Map.of("district", district)).execute()
                    .path("enterprises.edges[*].node.uscc").entityList(String.class).containsExactly(MICRO);
        }
    }

    @Test
    void filtersByIndustryAloneAndWithADistrictInListsAndCounts() {
        graphQl.documentName("enterprises").variable("filter", Map.of("industry", "IC")).execute()
                .path("enterprises.edges[*].node.uscc").entityList(String.class).contains(MICRO, XINLIAN).hasSize(2);
        graphQl.documentName("enterprises").variable("filter", Map.of("industry", "IC", "district", "310110"))
                .execute().path("enterprises.edges[*].node.uscc").entityList(String.class).containsExactly(XINLIAN);
        graphQl.documentName("enterprises").variable("filter", Map.of("industry", "BIO", "district", "310115"))
                .execute().path("enterprises.totalCount").entity(Integer.class).isEqualTo(0);
        for (var filter : List.of(Map.of("industry", "IC"), Map.of("industry", "IC", "district", "浦东新区"),
                Map.of("district", "310104"))) {
            long expected = filter.size() == 2 || filter.containsKey("district") ? 1 : 2;
            graphQl.documentName("enterprises").variable("filter", filter).variable("first", 0).execute()
                    .path("enterprises.totalCount").entity(Long.class).isEqualTo(expected);
        }
    }

    @Test
    void nestedPatentsCarryTheFieldsAskedForAndNoOthers() {
        var response = graphQl.document("{ enterprise(uscc: \"" + MICRO + "\") { patents { applicationNumber abstract"
                + " type legalStatus } } }").execute();
        response.path("enterprise.patents[0].applicationNumber").entity(String.class).isEqualTo(P2);
        response.path("enterprise.patents[0].abstract").entity(String.class).isEqualTo("一种晶圆曝光方法的摘要");
        response.path("enterprise.patents[0].legalStatus").entity(String.class).isEqualTo("PENDING");
        response.path("enterprise.patents[0].title").pathDoesNotExist();
        graphQl.document("{ enterprise(uscc: \"" + MICRO + "\") { patents { title filingDate } } }").execute()
                .path("enterprise.patents[*].title").entityList(String.class).containsExactly("一种晶圆曝光方法", "一种光刻机对准装置");
    }

    @Test
    void nestedPatentsBringTheirIpcClassesAsThePatentItselfDoes() {
        var nested = graphQl.document("{ enterprise(uscc: \"" + MICRO + "\") { patents { applicationNumber"
                + " ipcClasses { code titleZh } } } }").execute();
        nested.path("enterprise.patents[1].applicationNumber").entity(String.class).isEqualTo(P1);
        nested.path("enterprise.patents[1].ipcClasses[*].code").entityList(String.class)
                .containsExactly("H01L21/02", "H01M50/609");
        nested.path("enterprise.patents[0].ipcClasses[*].code").entityList(String.class).containsExactly("H01L21/00");
        graphQl.document("{ patent(number: \"" + P1 + "\") { ipcClasses { code } } }").execute()
                .path("patent.ipcClasses[*].code").entityList(String.class).containsExactly("H01L21/02", "H01M50/609");
    }

    @Test
    void rejectsAnUnknownDistrictNamingTheArgument() {
        graphQl.documentName("enterprises").variable("filter", Map.of("district", "火星区")).execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("filter.district"));
    }

    @Test
    void filtersByGrantedInventionsAndSrdiLevel() {
        graphQl.documentName("enterprises").variable("filter", Map.of("hasGrantedInvention", true)).execute()
                .path("enterprises.edges[*].node.uscc").entityList(String.class).containsExactly(MICRO);
        graphQl.documentName("enterprises")
                .variable("filter", Map.of("srdiLevels", List.of("MUNICIPAL_SRDI", "INNOVATIVE_SME"))).execute()
                .path("enterprises.totalCount").entity(Integer.class).isEqualTo(2);
    }

    @Test
    void findsByChineseNameSubstringOrAlias() {
        graphQl.documentName("enterprises").variable("filter", Map.of("nameContains", "芯联")).execute()
                .path("enterprises.edges[*].node.uscc").entityList(String.class).containsExactly(XINLIAN);
    }

    @Test
    void ordersByPatentCountWithTiesBrokenByCreditCode() {
        List<String> expectedTail = KANGHUA.compareTo(XINLIAN) < 0 ? List.of(KANGHUA, XINLIAN) : List.of(XINLIAN, KANGHUA);
        graphQl.documentName("enterprises")
                .variable("orderBy", Map.of("field", "PATENT_COUNT", "direction", "DESC")).execute()
                .path("enterprises.edges[*].node.uscc").entityList(String.class)
                .containsExactly(MICRO, expectedTail.get(0), expectedTail.get(1));
    }

    @Test
    void pagesThroughWithCursorsAndCountsTheWhole() {
        var first = graphQl.documentName("enterprises").variable("first", 2).execute();
        first.path("enterprises.totalCount").entity(Integer.class).isEqualTo(3);
        first.path("enterprises.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        List<String> page1 = first.path("enterprises.edges[*].node.uscc").entityList(String.class).get();
        String cursor = first.path("enterprises.pageInfo.endCursor").entity(String.class).get();

        var second = graphQl.documentName("enterprises").variable("first", 2).variable("after", cursor).execute();
        second.path("enterprises.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        second.path("enterprises.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
        List<String> page2 = second.path("enterprises.edges[*].node.uscc").entityList(String.class).get();
        assertThat(page1).hasSize(2).doesNotContainAnyElementsOf(page2);
        assertThat(page2).hasSize(1);
    }

    @Test
    void refusesAPageLargerThanTheLimit() {
        graphQl.documentName("enterprises").variable("first", 1_000_000).execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("'first'", "500"));
    }

    @Test
    void refusesACursorItDidNotGiveOut() {
        graphQl.documentName("enterprises").variable("after", "bm90LWEtY3Vyc29y").execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("'after'"));
    }

    @Test
    void listsAPageInOneQuery() {
        countQueriesFromHere();
        graphQl.documentName("enterprisesWithoutTotal").variable("first", 2).execute()
                .path("enterprises.edges").entityList(Object.class).hasSize(2);
        assertThat(queries.count()).isEqualTo(1);
    }

    /** A list reads each firm with only what its selected fields read; every field must still show what it is. */
    @Test
    void listsEachFirmWithTheFieldsAskedForAsTheFirmAloneShowsThem() {
        String set = "MATCH (e:Enterprise {uscc: $uscc}) SET e.ipCustody = $custody, e.pilotStatus = $pilot,"
                + " e.listingPlan = $listing";
        Record before = driver.executableQuery("MATCH (e:Enterprise {uscc: $uscc})"
                        + " RETURN e.ipCustody AS custody, e.pilotStatus AS pilot, e.listingPlan AS listing")
                .withParameters(Map.of("uscc", KANGHUA)).execute().records().get(0);
        // off their defaults, so that a field the list forgot to read cannot pass for its default
        driver.executableQuery(set).withParameters(Map.of("uscc", KANGHUA, "custody", true,
                "pilot", "MUNICIPAL_PILOT", "listing", "STAR_CANDIDATE")).execute();
        try {
            List<Map> nodes = graphQl.documentName("enterprisesAllFields").operationName("enterprisesAllFields")
                    .execute().path("enterprises.edges[*].node").entityList(Map.class).hasSize(3).get();
            for (Map node : nodes) {
                graphQl.documentName("enterprisesAllFields").operationName("enterpriseAllFields")
                        .variable("uscc", node.get("uscc")).execute()
                        .path("enterprise").entity(Map.class).isEqualTo(node);
            }
            assertThat(nodes).filteredOn(node -> node.get("uscc").equals(KANGHUA)).singleElement()
                    .satisfies(node -> assertThat(node).containsEntry("ipCustody", true)
                            .containsEntry("pilotStatus", "MUNICIPAL_PILOT")
                            .containsEntry("listingPlan", "STAR_CANDIDATE"));
        } finally {
            driver.executableQuery(set).withParameters(Map.of("uscc", KANGHUA, "custody", before.get("custody"),
                    "pilot", before.get("pilot"), "listing", before.get("listing"))).execute();
        }
    }
}
