package cn.ipbridge.graph.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IpcCodesTests {

    @Test
    void compactsSpacedAndLowerCaseSymbols() {
        assertThat(IpcCodes.compact("A01B 1/00")).isEqualTo("A01B1/00");
        assertThat(IpcCodes.compact(" h01m\u00a050/609 ")).isEqualTo("H01M50/609");
        assertThat(IpcCodes.compact("H01M 050/609")).isEqualTo("H01M50/609");
        assertThat(IpcCodes.compact("H01")).isEqualTo("H01");
        assertThat(IpcCodes.compact("H01M50")).isNull();
        assertThat(IpcCodes.compact("Z01")).isNull();
        assertThat(IpcCodes.compact(null)).isNull();
    }

    @Test
    void tellsLevelAndParentFromTheShape() {
        assertThat(IpcCodes.levelOf("H")).isEqualTo(IpcLevel.SECTION);
        assertThat(IpcCodes.levelOf("H01")).isEqualTo(IpcLevel.CLASS);
        assertThat(IpcCodes.levelOf("H01M")).isEqualTo(IpcLevel.SUBCLASS);
        assertThat(IpcCodes.levelOf("H01M50/00")).isEqualTo(IpcLevel.MAIN_GROUP);
        assertThat(IpcCodes.levelOf("H01M50/609")).isEqualTo(IpcLevel.SUBGROUP);
        assertThat(IpcCodes.parentOf("H01M50/609")).isEqualTo("H01M50/00");
        assertThat(IpcCodes.parentOf("H01M50/00")).isEqualTo("H01M");
        assertThat(IpcCodes.parentOf("H01M")).isEqualTo("H01");
        assertThat(IpcCodes.parentOf("H01")).isEqualTo("H");
        assertThat(IpcCodes.parentOf("H")).isNull();
    }

    @Test
    void sortsMainGroupsAsNumbersAndSubgroupsAsFractions() {
        assertThat(IpcCodes.sortKey("A01B3/00")).isLessThan(IpcCodes.sortKey("A01B101/00"));
        assertThat(IpcCodes.sortKey("A01B63/02")).isLessThan(IpcCodes.sortKey("A01B63/023"));
        assertThat(IpcCodes.sortKey("A01B63/023")).isLessThan(IpcCodes.sortKey("A01B63/10"));
    }
}
