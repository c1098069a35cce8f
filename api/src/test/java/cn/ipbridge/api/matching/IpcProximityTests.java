package cn.ipbridge.api.matching;

import static cn.ipbridge.api.matching.SpelledIpc.field;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import cn.ipbridge.graph.taxonomy.IpcLevel;

class IpcProximityTests {

    private final IpcProximity proximity = new IpcProximity(MatchingSettings.defaults().ipc());

    @Test
    void ranksSharedAncestorsSubgroupMainGroupSubclassClassSectionNothing() {
        IpcField own = field("H01L21/02");
        List<Double> closeness = List.of("H01L21/02", "H01L21/67", "H01L33/00", "H01M50/609", "H02J7/00",
                        "A61K31/00").stream()
                .map(other -> proximity.between(own, field(other)).map(IpcProximity.Shared::closeness).orElse(0.0))
                .toList();
        assertThat(closeness).containsExactly(1.0, 0.8, 0.6, 0.4, 0.2, 0.0);
    }

    @Test
    void aCodeUnderASpecialityIsAsCloseAsTheSpecialitysLevel() {
        IpcField speciality = new IpcField("H01L", field("H01L21/02").chain().subList(0, 3), 0, null);
        assertThat(proximity.between(field("H01L21/02"), speciality)).get()
                .extracting(IpcProximity.Shared::closeness).isEqualTo(0.6);
    }

    @Property
    void isSymmetric(@ForAll("codes") String a, @ForAll("codes") String b) {
        assertThat(closeness(a, b)).isEqualTo(closeness(b, a));
    }

    @Property
    void liesBetweenZeroAndOne(@ForAll("codes") String a, @ForAll("codes") String b) {
        assertThat(closeness(a, b)).isBetween(0.0, 1.0);
    }

    @Property
    void isTheWeightOfTheDeepestSharedLevel(@ForAll("codes") String a, @ForAll("codes") String b) {
        IpcLevel shared = SpelledIpc.deepestShared(a, b);
        assertThat(closeness(a, b)).isEqualTo(shared == null ? 0.0 : proximity.weight(shared));
    }

    @Property
    void technologyFitLiesBetweenZeroAndOne(@ForAll("fieldLists") List<String> own,
                                            @ForAll("fieldLists") List<String> others) {
        TechnologyFit fit = TechnologyFit.of(proximity, own.stream().map(c -> field(c, "P-" + c)).toList(),
                others.stream().map(SpelledIpc::field).toList());
        assertThat(fit.value()).isBetween(0.0, 1.0);
    }

    private double closeness(String a, String b) {
        return proximity.between(field(a), field(b)).map(IpcProximity.Shared::closeness).orElse(0.0);
    }

    /** Few letters and digits, so pairs share every level from nothing to the subgroup. */
    @Provide
    Arbitrary<String> codes() {
        return Combinators.combine(Arbitraries.of("A", "H"), Arbitraries.of("01", "02"), Arbitraries.of("K", "L"),
                Arbitraries.of("21", "33"), Arbitraries.of("00", "02", "67"))
                .as((section, cls, subclass, group, sub) -> section + cls + subclass + group + "/" + sub);
    }

    @Provide
    Arbitrary<List<String>> fieldLists() {
        return codes().list().ofMaxSize(4).uniqueElements();
    }
}
