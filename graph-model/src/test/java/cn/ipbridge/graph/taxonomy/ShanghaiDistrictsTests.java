package cn.ipbridge.graph.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShanghaiDistrictsTests {

    @Test
    void listsTheSixteenDistrictsByTheirAdministrativeCodes() {
        assertThat(ShanghaiDistricts.all()).hasSize(16).extracting(District::adcode).containsExactly(
                "310101", "310104", "310105", "310106", "310107", "310109", "310110", "310112",
                "310113", "310114", "310115", "310116", "310117", "310118", "310120", "310151");
        assertThat(ShanghaiDistricts.all()).allSatisfy(d -> {
            assertThat(d.name()).endsWith("区");
            assertThat(d.nameEn()).isNotBlank();
        });
    }

    @Test
    void knowsPudongAndChongming() {
        assertThat(ShanghaiDistricts.byAdcode("310115").name()).isEqualTo("浦东新区");
        assertThat(ShanghaiDistricts.byAdcode("310151").name()).isEqualTo("崇明区");
        assertThat(ShanghaiDistricts.byAdcode("310230")).isNull();
    }
}
