package cn.ipbridge.api.matching;

import static cn.ipbridge.api.support.SmallGraph.FUDAN;
import static cn.ipbridge.api.support.SmallGraph.MICRO;
import static cn.ipbridge.api.support.SmallGraph.P4;
import static cn.ipbridge.api.support.SmallGraph.PROTECTION_CENTRE;
import static cn.ipbridge.api.support.SmallGraph.SJTU;
import static cn.ipbridge.api.support.SmallGraph.XINLIAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import cn.ipbridge.api.support.MatchingGraphTest;
import cn.ipbridge.graph.identifier.ApplicationNumber;
import cn.ipbridge.graph.model.ApplicantKind;
import cn.ipbridge.graph.model.LegalStatus;
import cn.ipbridge.graph.model.Patent;
import cn.ipbridge.graph.model.PatentApplicant;
import cn.ipbridge.graph.model.PatentType;
import cn.ipbridge.graph.write.GraphWriter;
import cn.ipbridge.graph.write.WriteProgress;

class MatchingGraphQlIT extends MatchingGraphTest {

    @Test
    void ranksTheInstitutionSpecialisedInTheFirmsSubclassAboveAnUnrelatedOne() {
        // 芯联's only patent is in H01L21/02: 上海交大 specialises in H01L, the protection centre in A61K.
        var response = graphQl.documentName("institutionsForEnterprise").variable("uscc", XINLIAN).execute();
        response.path("institutionsForEnterprise[*].candidate.name").entityList(String.class)
                .containsExactly(SJTU, PROTECTION_CENTRE);
        response.path("institutionsForEnterprise[0].factors[?(@.name == 'technology')].value")
                .entityList(Double.class).containsExactly(0.6);
        response.path("institutionsForEnterprise[1].factors[?(@.name == 'technology')].value")
                .entityList(Double.class).containsExactly(0.0);
        response.path("institutionsForEnterprise[0].explanation.edges[?(@.type == 'SPECIALIZES_IN')].target")
                .entityList(String.class).containsExactly("IpcClass:H01L");
        response.path("institutionsForEnterprise[0].explanation.edges[?(@.type == 'PARENT')].target")
                .entityList(String.class).contains("IpcClass:H01L");
    }

    @Test
    void leavesOutInstitutionsAlreadyServingTheFirmUnlessAsked() {
        graphQl.documentName("institutionsForEnterprise").variable("uscc", MICRO).execute().path("institutionsForEnterprise[*].candidate.name").entityList(String.class)
                .doesNotContain(SJTU);
        graphQl.documentName("institutionsForEnterprise").variable("uscc", MICRO)
                .variable("includeServing", true).execute().path("institutionsForEnterprise[*].candidate.name").entityList(String.class)
                .contains(SJTU);
    }

    @Test
    void offersGrantedUntransferredUniversityPatentsOnlyNeverATransferredOne() {
        var response = graphQl.documentName("patentsForEnterprise").variable("uscc", XINLIAN).execute();
        // P4 (复旦, granted, H01L21/02) is offered; P7 (同济, same subgroup) was transferred and must not be.
        response.path("patentsForEnterprise[*].candidate.patent.applicationNumber").entityList(String.class)
                .containsExactly(P4);
        response.path("patentsForEnterprise[0].candidate.owner").entity(String.class).isEqualTo(FUDAN);
        response.path("patentsForEnterprise[0].factors[0].value").entity(Double.class).isEqualTo(1.0);
    }

    @Autowired
    private Driver driver;

    @Test
    void offersAPatentUnderTheSameMainGroupAfterThoseInTheFirmsOwnClass() {
        // 芯联 is active in H01L21/02 only; a 复旦 patent in its main group H01L21/00 is near enough, after P4.
        String mainGroup = ApplicationNumber.complete("202010000099").normalised();
        new GraphWriter(driver, null).patents().patents(List.of(new Patent(mainGroup, null, "一种半导体器件的制造方法",
                null, "摘要", PatentType.INVENTION, LocalDate.parse("2020-02-01"), LocalDate.parse("2022-02-01"),
                LegalStatus.GRANTED, 10, 1, false, List.of(new PatentApplicant(ApplicantKind.UNIVERSITY, FUDAN, 1)),
                List.of("H01L21/00"), List.of())), WriteProgress.NONE);
        try {
            graphQl.documentName("patentsForEnterprise").variable("uscc", XINLIAN).execute()
                    .path("patentsForEnterprise[*].candidate.patent.applicationNumber").entityList(String.class)
                    .containsExactly(P4, mainGroup);
        } finally {
            driver.executableQuery("MATCH (p:Patent {applicationNumber: $number}) DETACH DELETE p")
                    .withParameters(java.util.Map.of("number", mainGroup)).execute();
        }
    }

    @Test
    void statesTheNeedsTheGraphReveals() {
        var needs = graphQl.documentName("enterpriseNeeds").variable("uscc", XINLIAN).execute().path("enterprise.needs[*].kind").entityList(String.class);
        needs.containsExactly("NO_GBT29490_CERTIFICATION", "NO_INVENTION_PATENTS", "CHOKEPOINT_WITHOUT_NAVIGATION");
    }

    @Test
    void scoresEveryMatchBetweenZeroAndOne() {
        var scores = graphQl.documentName("matchesForEnterprise").variable("uscc", MICRO).execute()
                .path("institutionsForEnterprise[*].score").entityList(Double.class).get();
        assertThat(scores).allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
    }

    @Test
    void readsNeedsPortfolioAndPatentValuesWithOneQueryPerLevel() {
        countQueriesFromHere();
        graphQl.documentName("enterprisesWithValues").execute().path("enterprises.edges[*].node.patents[*].value.score").entityList(Double.class)
                .hasSizeGreaterThan(3);
        // enterprises; needs; portfolio; patents; patents.value
        assertThat(queries.count()).isEqualTo(5);
    }
}
