package cn.ipbridge.api.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EnterpriseProjectionTests {

    @Test
    void readsOnlyWhatTheSelectedFieldsReadAndAlwaysTheCreditCode() {
        assertThat(Enterprise.projection(List.of("name", "patents", "name", "employees")))
                .isEqualTo("e {.uscc, .employees, .name}");
        assertThat(Enterprise.projection(List.of())).isEqualTo("e {.uscc}");
    }

    @Test
    void readsBothDerivedCountsForPatentCountAndTheLinkedDistrict() {
        assertThat(Enterprise.projection(List.of("patentCount", "district")))
                .isEqualTo("e {.uscc, .grantedInventionCount, .patentCount, "
                        + "district: [(e)-[:LOCATED_IN]->(firmDistrict:District) | firmDistrict {.adcode, .name, .nameEn}][0]}");
    }

    @Test
    void leavesOutNamesThatAreNotFieldsOfEnterprise() {
        assertThat(Enterprise.projection(List.of("needs", "__typename", "x}) MATCH (n) DETACH DELETE n //")))
                .isEqualTo("e {.uscc}");
    }
}
