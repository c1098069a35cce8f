package cn.ipbridge.api.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;

import org.junit.jupiter.api.Test;

import cn.ipbridge.api.support.SmallGraph;
import cn.ipbridge.api.support.SmallGraphTest;

class StatisticsGraphQlIT extends SmallGraphTest {

    @Test
    void countsTheProgrammesHeadlineNumbers() {
        var kpis = graphQl.documentName("programmeKpis").variable("year", 2025).execute();
        kpis.path("programmeKpis.year").entity(Integer.class).isEqualTo(2025);
        kpis.path("programmeKpis.enterprises").entity(Integer.class).isEqualTo(3);
        kpis.path("programmeKpis.enterprisesBySrdiLevel[?(@.key == 'LITTLE_GIANT')].count").entityList(Integer.class)
                .containsExactly(1);
        kpis.path("programmeKpis.gbt29490Certified").entity(Integer.class).isEqualTo(1);
        kpis.path("programmeKpis.patents").entity(Integer.class).isEqualTo(6);
        kpis.path("programmeKpis.patentsByType[?(@.key == 'INVENTION')].count").entityList(Integer.class)
                .containsExactly(4);
        kpis.path("programmeKpis.patentsByType[?(@.key == 'UTILITY_MODEL')].count").entityList(Integer.class)
                .containsExactly(2);
        kpis.path("programmeKpis.patentsByLegalStatus[?(@.key == 'GRANTED')].count").entityList(Integer.class)
                .containsExactly(3);
        kpis.path("programmeKpis.grantedInventions").entity(Integer.class).isEqualTo(2);
        kpis.path("programmeKpis.trademarks").entity(Integer.class).isEqualTo(1);
        kpis.path("programmeKpis.institutions").entity(Integer.class).isEqualTo(2);
        kpis.path("programmeKpis.funders").entity(Integer.class).isEqualTo(0);
        kpis.path("programmeKpis.deals").entity(Integer.class).isEqualTo(0);
        kpis.path("programmeKpis.firmsServed").entity(Integer.class).isEqualTo(2);
    }

    @Test
    void countsOperationsAsZeroWhenTheGraphHasNoneAndDefaultsToTheCurrentYear() {
        var kpis = graphQl.documentName("programmeKpis").execute();
        kpis.path("programmeKpis.year").entity(Integer.class).isEqualTo(Year.now().getValue());
        for (String field : new String[] {"events", "trainingEvents", "trainees", "visits", "firmsVisited"}) {
            kpis.path("programmeKpis." + field).entity(Integer.class).isEqualTo(0);
        }
    }

    @Test
    void listsAllSixteenDistrictsWithFirmsByLevelBusiestFirst() {
        var response = graphQl.documentName("enterpriseStatistics").variable("groupBy", "DISTRICT").execute();
        response.path("enterpriseStatistics").entityList(Object.class).hasSize(16);
        response.path("enterpriseStatistics[0:3].key").entityList(String.class)
                .containsExactly("310104", "310110", "310115");
        response.path("enterpriseStatistics[2].label").entity(String.class).isEqualTo("浦东新区");
        response.path("enterpriseStatistics[2].breakdown[*].key").entityList(String.class)
                .containsExactly("LITTLE_GIANT");
        response.path("enterpriseStatistics[3].count").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void countsFirmsPerIndustryAndPerLevel() {
        var industries = graphQl.documentName("enterpriseStatistics").variable("groupBy", "INDUSTRY").execute();
        industries.path("enterpriseStatistics[0].key").entity(String.class).isEqualTo("IC");
        industries.path("enterpriseStatistics[0].count").entity(Integer.class).isEqualTo(2);
        industries.path("enterpriseStatistics[0].breakdown[*].key").entityList(String.class)
                .contains("LITTLE_GIANT", "MUNICIPAL_SRDI").hasSize(2);
        industries.path("enterpriseStatistics[?(@.key == 'BIO')].count").entityList(Integer.class).containsExactly(1);

        graphQl.documentName("enterpriseStatistics").variable("groupBy", "SRDI_LEVEL").execute()
                .path("enterpriseStatistics[*].key").entityList(String.class)
                .containsExactly("INNOVATIVE_SME", "MUNICIPAL_SRDI", "LITTLE_GIANT");
        graphQl.documentName("enterpriseStatistics").variable("groupBy", "SRDI_YEAR").execute()
                .path("enterpriseStatistics[0].key").entity(String.class).isEqualTo("2023");
    }

    @Test
    void countsPatentsByFilingAndGrantYearSplitByType() {
        var filed = graphQl.documentName("patentStatistics").variable("groupBy", "FILING_YEAR").execute();
        filed.path("patentStatistics[*].key").entityList(String.class)
                .containsExactly("2015", "2016", "2018", "2019", "2020", "2021");
        filed.path("patentStatistics[?(@.key == '2021')].breakdown[0].key").entityList(String.class)
                .containsExactly("UTILITY_MODEL");
        graphQl.documentName("patentStatistics").variable("groupBy", "GRANT_YEAR").execute()
                .path("patentStatistics[*].key").entityList(String.class)
                .containsExactly("2017", "2018", "2020", "2021", "2023");
        var types = graphQl.documentName("patentStatistics").variable("groupBy", "TYPE").execute();
        types.path("patentStatistics[*].key").entityList(String.class).containsExactly("INVENTION", "UTILITY_MODEL");
        types.path("patentStatistics[0].breakdown[?(@.key == 'GRANTED')].count").entityList(Integer.class)
                .containsExactly(2);
    }

    @Test
    void drillsDownTheIpcTreeCountingEachPatentOncePerClass() {
        var sections = graphQl.documentName("patentStatistics").variable("groupBy", "IPC").execute();
        sections.path("patentStatistics[*].key").entityList(String.class).containsExactly("H", "A");
        sections.path("patentStatistics[0].count").entity(Integer.class).isEqualTo(5);
        sections.path("patentStatistics[0].label").entity(String.class).isEqualTo("电学");
        var subclasses = graphQl.documentName("patentStatistics").variable("groupBy", "IPC")
                .variable("ipcParent", "H01").execute();
        subclasses.path("patentStatistics[*].key").entityList(String.class).containsExactly("H01L", "H01M");
        subclasses.path("patentStatistics[*].count").entityList(Integer.class).containsExactly(4, 2);
    }

    @Test
    void showsOneFirmsTechnologyMix() {
        var mix = graphQl.documentName("patentStatistics").variable("groupBy", "IPC_SUBCLASS")
                .variable("applicantUscc", SmallGraph.MICRO.toLowerCase()).execute();
        mix.path("patentStatistics[*].key").entityList(String.class).containsExactly("H01L", "H01M");
        mix.path("patentStatistics[*].count").entityList(Integer.class).containsExactly(2, 1);
        graphQl.documentName("patentStatistics").variable("groupBy", "IPC").variable("ipcParent", "H01")
                .variable("applicantUscc", SmallGraph.XINLIAN).execute()
                .path("patentStatistics[*].count").entityList(Integer.class).containsExactly(1);
    }

    @Test
    void ranksFirmsByAnAggregateBreakingTiesByCreditCode() {
        var byPatents = graphQl.documentName("enterpriseRanking").variable("by", "PATENT_COUNT").execute();
        byPatents.path("enterpriseRanking[*].enterprise.uscc").entityList(String.class)
                .containsExactly(SmallGraph.MICRO, SmallGraph.KANGHUA, SmallGraph.XINLIAN);
        byPatents.path("enterpriseRanking[*].rank").entityList(Integer.class).containsExactly(1, 2, 3);
        byPatents.path("enterpriseRanking[0].value").entity(Double.class).isEqualTo(2.0);
        byPatents.path("enterpriseRanking[0].enterprise.patentCount").entity(Integer.class).isEqualTo(2);
        graphQl.documentName("enterpriseRanking").variable("by", "GRANTED_INVENTION_COUNT").execute()
                .path("enterpriseRanking[*].enterprise.uscc").entityList(String.class).containsExactly(SmallGraph.MICRO);
        graphQl.documentName("enterpriseRanking").variable("by", "PATENT_COUNT").variable("district", "徐汇区")
                .execute().path("enterpriseRanking[*].enterprise.uscc").entityList(String.class)
                .containsExactly(SmallGraph.KANGHUA);
        graphQl.documentName("enterpriseRanking").variable("by", "PATENT_COUNT").variable("industry", "IC").execute()
                .path("enterpriseRanking[*].enterprise.uscc").entityList(String.class)
                .containsExactly(SmallGraph.MICRO, SmallGraph.XINLIAN);
        graphQl.documentName("enterpriseRanking").variable("by", "PATENT_COUNT").variable("industry", "IC")
                .variable("district", "310110").execute()
                .path("enterpriseRanking[*].enterprise.uscc").entityList(String.class).containsExactly(SmallGraph.XINLIAN);
        graphQl.documentName("enterpriseRanking").variable("by", "PATENT_COUNT").variable("industry", "BIO")
                .variable("district", "浦东新区").execute()
                .path("enterpriseRanking").entityList(Object.class).hasSize(0);
    }

    @Test
    void rejectsAnOversizedRankingAndAMisplacedIpcParent() {
        graphQl.documentName("enterpriseRanking").variable("by", "PATENT_COUNT").variable("first", 1000).execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("first"));
        graphQl.documentName("patentStatistics").variable("groupBy", "TYPE").variable("ipcParent", "H").execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("ipcParent"));
    }

    @Test
    void answersTheWholeOverviewWithOneQueryPerField() {
        countQueriesFromHere();
        graphQl.documentName("overview").execute().path("districts").entityList(Object.class).hasSize(16);
        assertThat(queries.count()).isEqualTo(5);
        countQueriesFromHere();
        graphQl.documentName("enterpriseRanking").variable("by", "PATENT_COUNT").execute()
                .path("enterpriseRanking").entityList(Object.class).hasSize(3);
        // the ranking, with each firm's district and its patentCount from the derived profile read with the firm
        assertThat(queries.count()).isEqualTo(1);
        countQueriesFromHere();
        graphQl.document("{ enterpriseRanking(by: PATENT_COUNT) { enterprise { uscc inventions: patentCount(type: INVENTION) } } }")
                .execute().path("enterpriseRanking").entityList(Object.class).hasSize(3);
        // a filter the profile does not count: one batched count for the page
        assertThat(queries.count()).isEqualTo(2);
    }
}
