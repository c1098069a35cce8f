package cn.ipbridge.api.patent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.ipbridge.api.taxonomy.IpcClass;
import cn.ipbridge.graph.taxonomy.IpcLevel;

/** A patent is its application number, as a key of the batch loaders that resolve its fields. */
class PatentIdentityTests {

    private static Patent read(String number, String title, List<IpcClass> classes) {
        return new Patent(number, null, title, null, null, null, null, null, null, null, null, false, classes);
    }

    @Test
    void twoReadingsOfOnePatentAreOneKey() {
        Patent bare = read("CN202310001234.5", "锂电池隔膜", null);
        Patent withClasses = read("CN202310001234.5", "锂电池隔膜",
                List.of(new IpcClass("H01M50/409", IpcLevel.SUBGROUP, "隔膜", "Separators")));
        assertThat(withClasses).isEqualTo(bare).hasSameHashCodeAs(bare);
        assertThat(Set.of(bare, read("CN202310009999.1", "锂电池隔膜", null))).hasSize(2);
    }

    @Test
    void patentsWithOtherNumbersDiffer() {
        assertThat(read("CN202310001234.5", "同名", null)).isNotEqualTo(read("CN202310001235.X", "同名", null));
    }
}
