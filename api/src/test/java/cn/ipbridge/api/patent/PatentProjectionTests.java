package cn.ipbridge.api.patent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PatentProjectionTests {

    @Test
    void readsOnlyThePropertiesOfTheSelectedScalarFieldsAndAlwaysTheApplicationNumber() {
        assertThat(Patent.projection(List.of("title", "applicants", "abstract", "title")))
                .isEqualTo("p {.applicationNumber, .abstract, .title}");
        assertThat(Patent.projection(List.of())).isEqualTo("p {.applicationNumber}");
    }

    @Test
    void readsTheIpcClassesWithThePatentWhenSelected() {
        assertThat(Patent.projection(List.of("ipcClasses", "title")))
                .isEqualTo("p {.applicationNumber, .title, " + PatentIpcClasses.PROJECTION_ENTRY + "}");
    }

    @Test
    void leavesOutNamesThatAreNotScalarFieldsOfPatent() {
        assertThat(Patent.projection(List.of("applicants", "value", "x}) MATCH (n) DETACH DELETE n //")))
                .isEqualTo("p {.applicationNumber}");
    }
}
