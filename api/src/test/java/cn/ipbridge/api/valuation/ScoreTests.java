package cn.ipbridge.api.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Positive;

class ScoreTests {

    @Property
    void liesBetweenZeroAndOneWhateverTheValues(@ForAll("parts") List<Tuple.Tuple2<Double, Double>> parts) {
        assertThat(score(parts).value()).isBetween(0.0, 1.0);
    }

    @Property
    void isTheSumOfTheContributions(@ForAll("parts") List<Tuple.Tuple2<Double, Double>> parts) {
        Score score = score(parts);
        assertThat(score.factors().stream().mapToDouble(Factor::contribution).sum())
                .isCloseTo(score.value(), within(1e-9));
    }

    @Property
    void dependsOnlyOnTheRatiosOfTheWeights(@ForAll("parts") List<Tuple.Tuple2<Double, Double>> parts,
                                            @ForAll @Positive double scale) {
        Score scaled = new Score();
        parts.forEach(p -> scaled.add("f", p.get1() * Math.min(scale, 1e6), p.get2(), ""));
        assertThat(scaled.value()).isCloseTo(score(parts).value(), within(1e-9));
    }

    @Test
    void isZeroWithoutWeightAndClampsValuesOutsideTheUnitRange() {
        assertThat(new Score().value()).isZero();
        assertThat(new Score().add("a", 1, 7, "").add("b", 1, -3, "").value()).isEqualTo(0.5);
        assertThat(new Score().add("a", 1, Double.NaN, "").value()).isZero();
    }

    private static Score score(List<Tuple.Tuple2<Double, Double>> parts) {
        Score score = new Score();
        parts.forEach(p -> score.add("f", p.get1(), p.get2(), ""));
        return score;
    }

    @Provide
    Arbitrary<List<Tuple.Tuple2<Double, Double>>> parts() {
        return Arbitraries.doubles().between(0.01, 10).tuple2()
                .flatMap(t -> Arbitraries.doubles().between(-2, 3).map(v -> Tuple.of(t.get1(), v)))
                .list().ofMinSize(1).ofMaxSize(8);
    }
}
