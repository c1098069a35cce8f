package cn.ipbridge.graph.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class StrategicIndustriesTests {

    @Test
    void readsTheTenIndustriesWithNamesInBothLanguages() {
        assertThat(StrategicIndustries.all()).extracting(Industry::code).containsExactly(
                "IC", "BIO", "AI", "EQUIP", "MATERIAL", "NEV", "AERO", "ICT", "MEDDEV", "GREEN");
        assertThat(StrategicIndustries.all()).allSatisfy(i -> {
            assertThat(i.name()).isNotBlank();
            assertThat(i.nameEn()).isNotBlank();
            assertThat(i.ipcSubclasses()).isNotEmpty().doesNotHaveDuplicates();
        });
    }

    @Test
    void coversOnlyWellFormedSubclassesOfTheScheme() {
        IpcScheme scheme = IpcScheme.load();
        assertThat(StrategicIndustries.all()).allSatisfy(i -> assertThat(i.ipcSubclasses()).allSatisfy(code -> {
            assertThat(code).matches("[A-H]\\d{2}[A-Z]");
            IpcClass subclass = scheme.byCode(code);
            assertThat(subclass).as("%s covers %s", i.code(), code).isNotNull();
            assertThat(subclass.level()).isEqualTo(IpcLevel.SUBCLASS);
        }));
    }

    @Test
    void integratedCircuitsCoverTheH10SubclassesThatReplacedH01L() {
        // IPC 2026.01 moved what was left of H01L to H10P (processes) and H10W (packaging).
        List<String> ic = StrategicIndustries.byCode("IC").ipcSubclasses();
        assertThat(ic).contains("H10P", "H10W", "H10D").doesNotContain("H01L");
    }

    @Test
    void looksUpByCode() {
        assertThat(StrategicIndustries.byCode("NEV").ipcSubclasses()).contains("H01M");
        assertThat(StrategicIndustries.byCode("NOPE")).isNull();
    }
}
