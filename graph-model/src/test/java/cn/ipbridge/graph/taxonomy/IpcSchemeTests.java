package cn.ipbridge.graph.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class IpcSchemeTests {

    // The rows of ipc-2026.01-zh.tsv, and the ancestors of its symbols it lacks, taken from the English file.
    private static final int CHINESE_ROWS = 77_242;
    private static final List<String> FILLED_IN = List.of("A24F", "B62J", "C01", "C09D", "C10G", "C23C",
            "C23C24/00", "E21B47/00", "F16D", "F25D");

    private final IpcScheme scheme = IpcScheme.load();

    @Test
    void holdsEveryChineseSymbolAndTheAncestorsTheFileLacks() {
        assertThat(scheme.size()).isEqualTo(CHINESE_ROWS + FILLED_IN.size());
        assertThat(FILLED_IN).allSatisfy(code -> {
            IpcClass c = scheme.byCode(code);
            assertThat(c.titleZh()).isNull();
            assertThat(c.titleEn()).isNotBlank();
        });
        Map<IpcLevel, Long> perLevel = scheme.all().stream()
                .collect(Collectors.groupingBy(IpcClass::level, Collectors.counting()));
        assertThat(perLevel).containsExactlyInAnyOrderEntriesOf(Map.of(IpcLevel.SECTION, 8L, IpcLevel.CLASS, 132L,
                IpcLevel.SUBCLASS, 650L, IpcLevel.MAIN_GROUP, 7_471L, IpcLevel.SUBGROUP, 68_991L));
    }

    @Test
    void walksUpFromASubgroupToItsSection() {
        IpcClass subgroup = scheme.byCode("H01M50/609");
        assertThat(subgroup.level()).isEqualTo(IpcLevel.SUBGROUP);
        assertThat(subgroup.titleZh()).isEqualTo("注液的装置或方法，例如电解液");
        assertThat(subgroup.parentCode()).isEqualTo("H01M50/00");
        assertThat(chainOf("H01M50/609")).containsExactly("H01M50/609", "H01M50/00", "H01M", "H01", "H");
        assertThat(scheme.byCode("H01M50/00").level()).isEqualTo(IpcLevel.MAIN_GROUP);
        assertThat(scheme.byCode("H").titleZh()).isEqualTo("电学");
    }

    @Test
    void everySymbolButASectionHasItsParentEarlierInTheList() {
        Map<String, Integer> position = new HashMap<>();
        List<IpcClass> all = scheme.all();
        for (int i = 0; i < all.size(); i++) {
            position.put(all.get(i).code(), i);
        }
        assertThat(all).allSatisfy(c -> {
            if (c.level() == IpcLevel.SECTION) {
                assertThat(c.parentCode()).isNull();
            } else {
                assertThat(position.get(c.parentCode())).isLessThan(position.get(c.code()));
                assertThat(scheme.byCode(c.parentCode()).level().ordinal()).isEqualTo(c.level().ordinal() - 1);
            }
        });
    }

    @Test
    void ordersGroupsAsTheSchemeDoes() {
        List<String> mainGroups = scheme.children("A01B").stream().map(IpcClass::code).limit(3).toList();
        assertThat(mainGroups).containsExactly("A01B1/00", "A01B3/00", "A01B5/00");
        List<String> subgroups = scheme.children("A01B63/00").stream().map(IpcClass::code).toList();
        assertThat(subgroups).containsSubsequence("A01B63/02", "A01B63/10", "A01B63/102", "A01B63/11");
    }

    @Test
    void attachesEnglishTitlesWhereTheCoreLevelHasTheSymbol() {
        assertThat(scheme.byCode("A01B").titleEn()).startsWith("SOIL WORKING IN AGRICULTURE OR FORESTRY");
        assertThat(scheme.byCode("A01B1/00").titleEn()).isEqualTo("Hand tools");
        assertThat(scheme.byCode("A01B1/00").titleZh()).isEqualTo("手动工具（草坪修整机入A01G3/06）");
        assertThat(scheme.byCode("H").titleEn()).isEqualTo("ELECTRICITY");
        assertThat(scheme.byCode("H01M50/609").titleEn()).isNull();
    }

    @Test
    void leavesOutSymbolsOnlyThe2006EnglishFileHas() {
        assertThat(scheme.byCode("H01L")).isNull();
        assertThat(scheme.byCode("C12S")).isNull();
    }

    @Test
    void removesLineWrapSpacesInsideChineseButKeepsThemNextToLatinText() {
        String a01b = scheme.byCode("A01B").titleZh();
        assertThat(a01b).contains("用于播种、种植", "可变换成整地设备", "与整地机具联合的割草机入 A01D43/12");
        assertThat(a01b).doesNotContain("用于 播种", "整 地");
        assertThat(scheme.byCode("A01B1/24").titleZh()).isEqualTo("处理草地或草坪用的犁");
        assertThat(scheme.all()).allSatisfy(c -> {
            if (c.titleZh() != null) {
                assertThat(c.titleZh()).doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" ")
                        .doesNotMatch(".*[\\u4E00-\\u9FFF] [\\u4E00-\\u9FFF].*");
            }
        });
    }

    @Test
    void dropsDotLevelMarkersAndTitlesThatAreOnlyMarkers() {
        assertThat(scheme.byCode("A41D1/082").titleZh()).isEqualTo("滑雪穿的");
        assertThat(scheme.byCode("E01D19/14").titleZh()).isNull();
        assertThat(scheme.byCode("C23C12/00").titleZh()).isNull();
    }

    @Test
    void repairsCodesWhoseLastDigitsSlippedIntoTheTitle() {
        assertThat(scheme.byCode("G01N23/20008")).isNotNull();
        assertThat(scheme.byCode("G01N23/2000")).isNull();
        assertThat(scheme.byCode("E21B47/003").parentCode()).isEqualTo("E21B47/00");
        assertThat(scheme.byCode("E21B47/00").titleEn()).isEqualTo("Survey of boreholes or wells");
        IpcClass bridges = scheme.byCode("E01D101/00");
        assertThat(bridges.level()).isEqualTo(IpcLevel.MAIN_GROUP);
        assertThat(bridges.titleZh()).isEqualTo("桥梁的材料组成");
        assertThat(scheme.children("E01D101/00")).extracting(IpcClass::code)
                .containsExactly("E01D101/10", "E01D101/20", "E01D101/30", "E01D101/40");
    }

    @Test
    void findsTheMostSpecificSymbolItHas() {
        assertThat(scheme.mostSpecificExisting("H01M50/609").code()).isEqualTo("H01M50/609");
        assertThat(scheme.mostSpecificExisting("H01M50/6099").code()).isEqualTo("H01M50/00");
        assertThat(scheme.mostSpecificExisting("H01M999/12").code()).isEqualTo("H01M");
        assertThat(scheme.mostSpecificExisting("H01L21/02").code()).isEqualTo("H01");
        assertThat(scheme.mostSpecificExisting("h01m 50/609").code()).isEqualTo("H01M50/609");
        assertThat(scheme.mostSpecificExisting("not a symbol")).isNull();
    }

    @Test
    void listsDescendantsAtALevel() {
        List<IpcClass> packaging = scheme.under("H10W", IpcLevel.SUBGROUP);
        assertThat(packaging).isNotEmpty().allSatisfy(c -> {
            assertThat(c.code()).startsWith("H10W");
            assertThat(c.level()).isEqualTo(IpcLevel.SUBGROUP);
        });
        assertThat(scheme.under("H01M", IpcLevel.SUBGROUP)).hasSize(579)
                .allSatisfy(c -> assertThat(c.code()).startsWith("H01M"));
        assertThat(scheme.under("H01M50/00", IpcLevel.SUBGROUP)).hasSize(222);
        assertThat(scheme.under("H", IpcLevel.CLASS)).extracting(IpcClass::code).contains("H01", "H10");
        assertThat(scheme.under("H01M", IpcLevel.CLASS)).isEmpty();
        assertThat(scheme.under("X99", IpcLevel.SUBGROUP)).isEmpty();
    }

    @Test
    void looksUpSpacedAndUnknownCodes() {
        assertThat(scheme.byCode("H01M 50/609")).isSameAs(scheme.byCode("H01M50/609"));
        assertThat(scheme.byCode("H01M50/9999")).isNull();
        assertThat(scheme.byCode(null)).isNull();
        assertThat(scheme.children("H01M50/609")).isEmpty();
    }

    @Test
    void readsTheFilesQuicklyAndOnlyOnce() {
        // CPU time of this thread, not wall time, so a busy build machine does not fail the test.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = threads.getCurrentThreadCpuTime();
        IpcScheme fresh = new IpcScheme(IpcSchemeFiles.read());
        long millis = (threads.getCurrentThreadCpuTime() - started) / 1_000_000;
        assertThat(fresh.size()).isEqualTo(scheme.size());
        assertThat(millis).isLessThan(1_500);
        assertThat(IpcScheme.load()).isSameAs(scheme);
    }

    @Test
    void everyIndustrySubclassIsInTheScheme() {
        assertThat(StrategicIndustries.all()).allSatisfy(industry ->
                assertThat(industry.ipcSubclasses()).allSatisfy(code -> {
                    assertThat(scheme.byCode(code)).as(industry.code() + " covers " + code).isNotNull();
                    assertThat(scheme.byCode(code).level()).isEqualTo(IpcLevel.SUBCLASS);
                }));
    }

    private List<String> chainOf(String code) {
        List<String> chain = new ArrayList<>();
        for (IpcClass c = scheme.byCode(code); c != null; c = scheme.byCode(c.parentCode())) {
            chain.add(c.code());
        }
        return chain;
    }
}
