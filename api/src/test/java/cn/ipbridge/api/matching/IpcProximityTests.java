package cn.ipbridge.api.matching;

import static cn.ipbridge.api.matching.SpelledIpc.field;
import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

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

    /** Default weights, and weights with ties, which decide which of equally close candidates is first. */
    @Property
    void theBestCandidateIsTheOneComparingEachWouldFind(@ForAll("codes") String code,
                                                       @ForAll("candidateLists") List<IpcField> candidates,
                                                       @ForAll("weights") MatchingSettings.Ipc weights) {
        IpcProximity withWeights = new IpcProximity(weights);
        IpcField own = field(code, "P-" + code);
        assertThat(withWeights.best(own, IpcProximity.reach(candidates)))
                .isEqualTo(bestComparingEach(withWeights, own, candidates));
    }

    @Test
    void weightsThatGrowTowardsTheSectionAreRefusedNamingThem() {
        assertThatThrownBy(() -> new MatchingSettings.Ipc(1.0, 0.8, 0.6, 0.7, 0.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ipbridge.matching.ipc").hasMessageContaining("subclass 0.6, ipc-class 0.7");
    }

    /** The first candidate of greatest closeness, each compared with {@code own} in turn. */
    private static Optional<IpcProximity.Pair> bestComparingEach(IpcProximity proximity, IpcField own,
                                                                 List<IpcField> candidates) {
        IpcProximity.Pair best = null;
        for (IpcField candidate : candidates) {
            Optional<IpcProximity.Shared> shared = proximity.between(own, candidate);
            if (shared.isPresent() && (best == null || shared.get().closeness() > best.shared().closeness())) {
                best = new IpcProximity.Pair(own, candidate, shared.get());
            }
        }
        return Optional.ofNullable(best);
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

    /** Subgroups, and specialities at any level above them (H01L: the chain up to the subclass). */
    @Provide
    Arbitrary<List<IpcField>> candidateLists() {
        return Combinators.combine(codes(), Arbitraries.integers().between(1, 5)).as((code, depth) -> {
            List<IpcField.Ancestor> chain = field(code).chain();
            List<IpcField.Ancestor> upTo = chain.subList(0, Math.min(depth, chain.size()));
            return new IpcField(upTo.get(upTo.size() - 1).code(), upTo, 0, null);
        }).list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<MatchingSettings.Ipc> weights() {
        return Arbitraries.of(MatchingSettings.defaults().ipc(), new MatchingSettings.Ipc(1.0, 0.6, 0.6, 0.2, 0.2),
                new MatchingSettings.Ipc(0.5, 0.5, 0.5, 0.5, 0.5), new MatchingSettings.Ipc(1.0, 1.0, 0.3, 0.0, 0.0));
    }

    @Provide
    Arbitrary<List<String>> fieldLists() {
        return codes().list().ofMaxSize(4).uniqueElements();
    }
}
