package cn.ipbridge.graph.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IpcTitlesTests {

    @Test
    void joinsChineseSplitByALineWrap() {
        assertThat(IpcTitles.clean("用于 播种")).isEqualTo("用于播种");
        assertThat(IpcTitles.clean("专门用途的耙 （A01B39/00优先）")).isEqualTo("专门用途的耙（A01B39/00优先）");
        assertThat(IpcTitles.clean("促黄体素释放的激素\u00a0[LHRH]")).isEqualTo("促黄体素释放的激素 [LHRH]");
    }

    @Test
    void keepsSpacesAroundLatinText() {
        assertThat(IpcTitles.clean("割草机入 A01D43/12")).isEqualTo("割草机入 A01D43/12");
        assertThat(IpcTitles.clean("入F21S  41/657）")).isEqualTo("入F21S 41/657）");
    }

    @Test
    void dropsDotLevelMarkersAndEmptyTitles() {
        assertThat(IpcTitles.clean("· ·滑雪穿的")).isEqualTo("滑雪穿的");
        assertThat(IpcTitles.clean("· · · ·绿藻门[绿藻], 例如小球藻属  ·")).isEqualTo("绿藻门[绿藻], 例如小球藻属");
        assertThat(IpcTitles.clean("..")).isNull();
        assertThat(IpcTitles.clean("")).isNull();
        assertThat(IpcTitles.clean(null)).isNull();
        assertThat(IpcTitles.clean("Code: C23C12/00")).isNull();
        assertThat(IpcTitles.clean("HIV-1")).isEqualTo("HIV-1");
    }
}
