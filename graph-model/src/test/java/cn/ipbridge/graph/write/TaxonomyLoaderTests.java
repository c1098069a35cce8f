package cn.ipbridge.graph.write;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import cn.ipbridge.graph.taxonomy.Industry;
import cn.ipbridge.graph.taxonomy.IpcScheme;
import cn.ipbridge.graph.taxonomy.ShanghaiDistricts;
import org.junit.jupiter.api.Test;

class TaxonomyLoaderTests {

    // No driver: the check must fail before anything is written.
    private final TaxonomyLoader loader = new TaxonomyLoader(new GraphWriter(null, null));

    @Test
    void refusesAnIndustryCoveringASubclassTheSchemeLacks() {
        Industry stale = new Industry("IC", "集成电路", "Integrated circuits", List.of("H10W", "H01L"));
        assertThatThrownBy(() -> loader.load(IpcScheme.load(), ShanghaiDistricts.all(), List.of(stale),
                WriteProgress.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("H01L");
    }

    @Test
    void refusesAnIndustryCoveringSomethingOtherThanASubclass() {
        Industry wrongLevel = new Industry("NEV", "新能源汽车", "New-energy vehicles", List.of("H01M50/00"));
        assertThatThrownBy(() -> loader.load(IpcScheme.load(), ShanghaiDistricts.all(), List.of(wrongLevel),
                WriteProgress.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("H01M50/00");
    }
}
