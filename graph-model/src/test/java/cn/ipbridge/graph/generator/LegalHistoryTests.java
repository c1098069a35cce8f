package cn.ipbridge.graph.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;

import cn.ipbridge.graph.model.LegalStatus;
import cn.ipbridge.graph.model.PatentType;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class LegalHistoryTests {

    private static final LocalDate FIRST = LocalDate.of(2005, 1, 1);

    @Property
    void statusGrantDateAndKindAgree(@ForAll long seed, @ForAll PatentType type,
                                     @ForAll @IntRange(min = 0, max = 7_850) int daysAfter2005) {
        LocalDate filed = FIRST.plusDays(daysAfter2005);
        LegalHistory.Outcome outcome = LegalHistory.decide(new SplittableRandom(seed), type, filed);
        LocalDate now = OperationsYear.REFERENCE_DATE;
        if (outcome.grantDate() != null) {
            assertThat(outcome.grantDate()).isAfter(filed).isBeforeOrEqualTo(now);
        }
        switch (outcome.status()) {
            case PENDING -> assertThat(outcome.grantDate()).isNull();
            case GRANTED -> assertThat(LegalHistory.termEnd(type, filed)).isAfter(now);
            case EXPIRED -> assertThat(LegalHistory.termEnd(type, filed)).isBeforeOrEqualTo(now);
            case INVALIDATED -> assertThat(outcome.grantDate()).isNotNull();
            case LAPSED -> assertThat(outcome.grantDate() != null || type == PatentType.INVENTION)
                    .as("only an invention lapses before grant (refused or withdrawn)").isTrue();
        }
        String kind = outcome.publicationKind();
        switch (type) {
            case INVENTION -> assertThat(kind).isEqualTo(outcome.grantDate() == null ? "A" : "B");
            case UTILITY_MODEL -> assertThat(kind).isEqualTo(outcome.grantDate() == null ? null : "U");
            case DESIGN -> assertThat(kind).isEqualTo(outcome.grantDate() == null ? null : "S");
        }
    }

    @Property(tries = 50)
    void utilityModelsFiledTwentyYearsAgoHaveExpired(@ForAll long seed) {
        LegalHistory.Outcome outcome = LegalHistory.decide(new SplittableRandom(seed), PatentType.UTILITY_MODEL,
                LocalDate.of(2006, 3, 1));
        assertThat(outcome.status()).isIn(LegalStatus.EXPIRED, LegalStatus.INVALIDATED);
    }

    @Property(tries = 50)
    void designsFiledSinceJune2021HaveFifteenYears(@ForAll @IntRange(min = 0, max = 1_000) int days) {
        LocalDate since = LocalDate.of(2021, 6, 1).plusDays(days);
        LocalDate before = LocalDate.of(2021, 5, 31).minusDays(days);
        assertThat(LegalHistory.termEnd(PatentType.DESIGN, since)).isEqualTo(since.plusYears(15));
        assertThat(LegalHistory.termEnd(PatentType.DESIGN, before)).isEqualTo(before.plusYears(10));
    }
}
