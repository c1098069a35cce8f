package cn.ipbridge.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.ipbridge.api.support.DemoGraphTest;
import cn.ipbridge.graph.identifier.ApplicationNumber;
import cn.ipbridge.graph.identifier.CreditCode;

/** The demo graph a fresh start writes is large enough, valid, and reachable through every top-level query. */
class DemoGraphIT extends DemoGraphTest {

    @Test
    void holdsAtLeastThreeHundredFirmsWithValidCreditCodes() {
        var response = graphQl.document("{ enterprises(first: 500) { totalCount edges { node { uscc } } } }")
                .execute();
        response.path("enterprises.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(300));
        response.path("enterprises.edges[*].node.uscc").entityList(String.class)
                .satisfies(codes -> assertThat(codes).allMatch(CreditCode::isValid));
    }

    @Test
    void holdsPatentsWithValidNumbersInEveryDistrict() {
        var response = graphQl.document("""
                { patents(first: 200) { totalCount edges { node { applicationNumber ipcClasses { code } } } }
                  districts { name enterpriseCount } }""").execute();
        response.path("patents.edges[*].node.applicationNumber").entityList(String.class)
                .satisfies(numbers -> assertThat(numbers).hasSize(200).allMatch(ApplicationNumber::isValid));
        response.path("patents.edges[*].node.ipcClasses").entityList(Object.class)
                .satisfies(lists -> assertThat(lists).allMatch(l -> !((java.util.List<?>) l).isEmpty()));
        response.path("districts").entityList(Object.class).hasSize(16);
    }

    @Test
    void answersTheReadmeExample() {
        graphQl.document("""
                { enterprises(filter: {srdiLevels: [LITTLE_GIANT]},
                              orderBy: {field: GRANTED_INVENTION_COUNT, direction: DESC}, first: 5) {
                    totalCount
                    edges { node { name patentCount(type: INVENTION, legalStatus: [GRANTED])
                                   patents(first: 3) { title ipcClasses { code titleZh } } } } }
                  institutions { name types } funders { name type } universities { name patentCount }
                  industries { code enterpriseCount } ipcClass(code: "H10D") { titleZh children { code } } }""")
                .execute()
                .path("enterprises.edges[*].node.name").entityList(String.class).hasSizeGreaterThan(0)
                .path("institutions").entityList(Object.class).hasSizeGreaterThan(5)
                .path("ipcClass.children").entityList(Object.class).hasSizeGreaterThan(3);
    }
}
