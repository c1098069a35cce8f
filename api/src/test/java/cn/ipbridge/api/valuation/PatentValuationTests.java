package cn.ipbridge.api.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import cn.ipbridge.graph.model.LegalStatus;
import cn.ipbridge.graph.model.PatentType;

class PatentValuationTests {

    private static final LocalDate TODAY = LocalDate.parse("2025-06-01");

    private final PatentValuation valuation = new PatentValuation(ValuationSettings.defaults());

    @Property
    void neverFallsWithMoreForwardCitations(@ForAll @IntRange(max = 200) int citations,
                                            @ForAll @IntRange(max = 20) int more) {
        assertThat(score(patent(citations, "2015-01-01", LegalStatus.GRANTED)))
                .isLessThanOrEqualTo(score(patent(citations + more, "2015-01-01", LegalStatus.GRANTED)));
    }

    @Property
    void neverFallsWithMoreRemainingTerm(@ForAll @IntRange(min = 2000, max = 2024) int filed,
                                         @ForAll @IntRange(max = 10) int later) {
        assertThat(score(patent(3, filed + "-01-01", LegalStatus.GRANTED)))
                .isLessThanOrEqualTo(score(patent(3, (filed + later) + "-01-01", LegalStatus.GRANTED)));
    }

    @Property
    void liesBetweenZeroAndOne(@ForAll @IntRange(max = 1000) int citations,
                               @ForAll @IntRange(min = 1990, max = 2025) int filed, @ForAll LegalStatus status) {
        assertThat(score(patent(citations, filed + "-03-01", status))).isBetween(0.0, 1.0);
    }

    @Test
    void ranksGrantedAbovePendingAbovePatentsNoLongerInForce() {
        assertThat(score(patent(2, "2020-01-01", LegalStatus.GRANTED)))
                .isGreaterThan(score(patent(2, "2020-01-01", LegalStatus.PENDING)));
        assertThat(score(patent(2, "2020-01-01", LegalStatus.PENDING)))
                .isGreaterThan(score(patent(2, "2020-01-01", LegalStatus.LAPSED)));
    }

    @Test
    void countsNoTermLeftOnceLapsedOrPastTheStatutoryTerm() {
        assertThat(patent(0, "2020-01-01", LegalStatus.LAPSED).remainingYears(TODAY)).isZero();
        assertThat(patent(0, "2000-01-01", LegalStatus.GRANTED).remainingYears(TODAY)).isZero();
        assertThat(patent(0, "2020-06-01", LegalStatus.GRANTED).remainingYears(TODAY)).isBetween(14.9, 15.1);
    }

    private double score(PatentIndicators p) {
        return valuation.value(p, TODAY).score();
    }

    private static PatentIndicators patent(int citations, String filed, LegalStatus status) {
        return new PatentIndicators("CN1", "t", PatentType.INVENTION, status, LocalDate.parse(filed), 10, 2,
                citations, 0, 0);
    }
}
