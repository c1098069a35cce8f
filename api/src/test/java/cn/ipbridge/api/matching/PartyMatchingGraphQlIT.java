package cn.ipbridge.api.matching;

import static cn.ipbridge.api.support.SmallGraph.KANGHUA;
import static cn.ipbridge.api.support.SmallGraph.MICRO;
import static cn.ipbridge.api.support.SmallGraph.P1;
import static cn.ipbridge.api.support.SmallGraph.SJTU;
import static cn.ipbridge.api.support.SmallGraph.XINLIAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import cn.ipbridge.api.security.AccountService;
import cn.ipbridge.api.security.Role;
import cn.ipbridge.api.support.MatchingGraphTest;
import cn.ipbridge.api.system.BadArgumentException;


/** Matchmaking asked from the other side: an institution looking for firms, a funder for pledge candidates. */
class PartyMatchingGraphQlIT extends MatchingGraphTest {

    @Test
    void ranksTheFirmInTheInstitutionsSpecialityFirstAndLeavesOutFirmsItServes() {
        // 上海交大 specialises in H01L and serves 微电子: 芯联 (H01L21/02) fits, 康华 (A61K) does not.
        var response = graphQl.documentName("firmsForInstitution").variable("name", SJTU).execute();
        response.path("firmsForInstitution[*].candidate.uscc").entityList(String.class)
                .containsExactly(XINLIAN, KANGHUA);
        response.path("firmsForInstitution[0].factors[?(@.name == 'technology')].value").entityList(Double.class)
                .containsExactly(0.6);
        response.path("firmsForInstitution[0].explanation.edges[?(@.type == 'SPECIALIZES_IN')].target")
                .entityList(String.class).containsExactly("IpcClass:H01L");
        response.path("firmsForInstitution[*].score").entityList(Double.class).get()
                .forEach(s -> assertThat(s).isBetween(0.0, 1.0));
    }

    /** A candidate is read with only what the request selects under it; the scores do not depend on that. */
    @Test
    void readsEachCandidateWithTheFieldsAskedForAsTheFirmAloneShowsThemAndScoresAlike() {
        var everyField = graphQl.documentName("enterprisesAllFields").operationName("firmsForInstitutionAllFields")
                .variable("name", SJTU).execute();
        List<Map> candidates = everyField.path("firmsForInstitution[*].candidate").entityList(Map.class)
                .hasSizeGreaterThan(1).get();
        for (Map candidate : candidates) {
            graphQl.documentName("enterprisesAllFields").operationName("enterpriseAllFields")
                    .variable("uscc", candidate.get("uscc")).execute()
                    .path("enterprise").entity(Map.class).isEqualTo(candidate);
        }
        var scores = everyField.path("firmsForInstitution[*].score").entityList(Double.class).get();
        graphQl.documentName("firmsForInstitution").variable("name", SJTU).variable("includeServed", true).execute()
                .path("firmsForInstitution[*].score").entityList(Double.class).isEqualTo(scores);
    }

    @Test
    void includesServedFirmsOnlyWhenAskedAndAppliesTheFilter() {
        graphQl.documentName("firmsForInstitution").variable("name", SJTU).variable("includeServed", true).execute()
                .path("firmsForInstitution[*].candidate.uscc").entityList(String.class).contains(MICRO);
        graphQl.documentName("firmsForInstitution").variable("name", SJTU)
                .variable("filter", Map.of("industry", "BIO")).execute()
                .path("firmsForInstitution[*].candidate.uscc").entityList(String.class).containsExactly(KANGHUA);
        graphQl.documentName("firmsForInstitution").variable("name", SJTU)
                .variable("filter", Map.of("district", "徐汇区", "srdiLevels", java.util.List.of("LITTLE_GIANT")))
                .execute().path("firmsForInstitution").entityList(Object.class).hasSize(0);
    }

    @Test
    void offersAnInstitutionAnyFirmAndADistrictOnlyItsOwnFirms(@Autowired AccountService accounts) {
        // An INSTITUTION looks for firms it does not serve yet: candidates are not limited to the firms it serves.
        HttpGraphQlTester sjtu = signedIn(accounts, "party-sjtu", Role.INSTITUTION);
        sjtu.documentName("firmsForInstitution").variable("name", SJTU).execute()
                .path("firmsForInstitution[*].candidate.uscc").entityList(String.class)
                .containsExactly(XINLIAN, KANGHUA);
        sjtu.documentName("firmsForInstitution").variable("name", SJTU).variable("includeServed", true).execute()
                .path("firmsForInstitution[*].candidate.uscc").entityList(String.class).contains(MICRO);
        // A DISTRICT (杨浦, 310110) sees the same matchmaking limited to its district's firms, in the Cypher.
        HttpGraphQlTester yangpu = signedIn(accounts, "party-yangpu", Role.DISTRICT);
        yangpu.documentName("firmsForInstitution").variable("name", SJTU).variable("includeServed", true).execute()
                .path("firmsForInstitution[*].candidate.uscc").entityList(String.class).containsExactly(XINLIAN);
    }

    private HttpGraphQlTester signedIn(AccountService accounts, String username, Role role) {
        try {
            accounts.create(new AccountService.NewAccount(username, "a-long-enough-password", role,
                    "O-1", SJTU, "某基金", "310110"), "test");
        } catch (BadArgumentException exists) {
            // an earlier test in this context created it
        }
        String token = accounts.createToken(username, "test", "test");
        return graphQl.mutate().headers(h -> h.setBearerAuth(token)).build();
    }

    @Test
    void namesTheArgumentWhenTheInstitutionOrFilterIsUnknown() {
        graphQl.documentName("firmsForInstitution").variable("name", "没有这个机构").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("没有这个机构")));
        graphQl.documentName("firmsForInstitution").variable("name", SJTU)
                .variable("filter", Map.of("industry", "NOPE")).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("filter.industry")));
    }

    @Test
    void readsACandidatePatentWithTheFieldsSelectedUnderIt() {
        // The statement reads each candidate patent with the properties its selected fields need, not all of them.
        var response = graphQl.document("""
                { pledgeCandidatesForFunder(name: "%s") { score candidate { patent {
                    applicationNumber ...dates abstract ipcClasses { code } } } } }
                fragment dates on Patent { filingDate grantDate }""".formatted(IC_BANK)).execute();
        response.path("pledgeCandidatesForFunder[0].candidate.patent.applicationNumber").entity(String.class)
                .isEqualTo(P1);
        response.path("pledgeCandidatesForFunder[0].candidate.patent.abstract").entity(String.class)
                .isEqualTo("一种光刻机对准装置的摘要");
        response.path("pledgeCandidatesForFunder[0].candidate.patent.filingDate").entity(String.class)
                .isEqualTo("2019-03-01");
        response.path("pledgeCandidatesForFunder[0].candidate.patent.grantDate").entity(String.class)
                .isEqualTo("2021-03-01");
        assertThat(response.path("pledgeCandidatesForFunder[0].candidate.patent.ipcClasses[*].code")
                .entityList(String.class).get()).containsExactlyInAnyOrder("H01L21/02", "H01M50/609");
        var scores = response.path("pledgeCandidatesForFunder[*].score").entityList(Double.class).get();
        graphQl.document("{ pledgeCandidatesForFunder(name: \"%s\") { score } }".formatted(IC_BANK)).execute()
                .path("pledgeCandidatesForFunder[*].score").entityList(Double.class).isEqualTo(scores);
    }

    @Test
    void ranksPledgeCandidatesByTheFundersPreferredIndustryThenValue() {
        // Both firms hold one granted invention (ticket 100 within 50-300): the preference decides.
        graphQl.documentName("pledgeCandidatesForFunder").variable("name", IC_BANK).execute()
                .path("pledgeCandidatesForFunder[*].candidate.patent.applicationNumber").entityList(String.class)
                .containsExactly(P1, P8);
        var bio = graphQl.documentName("pledgeCandidatesForFunder").variable("name", BIO_FUND).execute();
        bio.path("pledgeCandidatesForFunder[*].candidate.patent.applicationNumber").entityList(String.class)
                .containsExactly(P8, P1);
        bio.path("pledgeCandidatesForFunder[0].factors[?(@.name == 'ticket')].value").entityList(Double.class)
                .containsExactly(1.0);
        bio.path("pledgeCandidatesForFunder[0].explanation.edges[?(@.type == 'PREFERS')].target")
                .entityList(String.class).containsExactly("Industry:BIO");
    }
}
