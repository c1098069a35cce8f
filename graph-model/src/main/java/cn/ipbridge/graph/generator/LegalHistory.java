package cn.ipbridge.graph.generator;

import java.time.LocalDate;
import java.util.random.RandomGenerator;

import cn.ipbridge.graph.model.LegalStatus;
import cn.ipbridge.graph.model.PatentType;

/**
 * Where a patent stands on the reference date, from its type and age.
 *
 * <ul>
 *   <li>inventions are examined in 18-48 months: still PENDING if that runs past the reference date; 20% of the
 *       examined are refused or withdrawn (LAPSED, never granted); the rest are granted;</li>
 *   <li>utility models are granted 6-12 months after filing, designs 4-9 months; PENDING until then;</li>
 *   <li>terms: inventions 20 years, utility models 10, designs 10 (15 if filed from 2021-06-01, under the 2020
 *       amendment of the Patent Law); EXPIRED after that;</li>
 *   <li>a granted patent lapses for unpaid annual fees with a yearly hazard of 3% (inventions), 12% (utility
 *       models) or 10% (designs) over the years since grant; 0.5% are INVALIDATED.</li>
 * </ul>
 */
final class LegalHistory {

    private static final LocalDate LONGER_DESIGN_TERM_FROM = LocalDate.of(2021, 6, 1);
    private static final LocalDate NOW = OperationsYear.REFERENCE_DATE;

    /** The outcome: status, grant date (null if never granted) and publication kind code (null if unpublished). */
    record Outcome(LegalStatus status, LocalDate grantDate, String publicationKind) {
    }

    private LegalHistory() {
    }

    static Outcome decide(RandomGenerator random, PatentType type, LocalDate filed) {
        LocalDate granted = switch (type) {
            case INVENTION -> filed.plusDays(548 + random.nextInt(913));
            case UTILITY_MODEL -> filed.plusDays(182 + random.nextInt(184));
            case DESIGN -> filed.plusDays(120 + random.nextInt(155));
        };
        String grantKind = switch (type) {
            case INVENTION -> "B";
            case UTILITY_MODEL -> "U";
            case DESIGN -> "S";
        };
        String pendingKind = type == PatentType.INVENTION ? "A" : null;
        if (granted.isAfter(NOW)) {
            return new Outcome(LegalStatus.PENDING, null, pendingKind);
        }
        if (type == PatentType.INVENTION && random.nextDouble() < 0.20) {
            return new Outcome(LegalStatus.LAPSED, null, pendingKind);
        }
        if (!termEnd(type, filed).isAfter(NOW)) {
            return new Outcome(LegalStatus.EXPIRED, granted, grantKind);
        }
        double years = (NOW.toEpochDay() - granted.toEpochDay()) / 365.25;
        double hazard = switch (type) {
            case INVENTION -> 0.03;
            case UTILITY_MODEL -> 0.12;
            case DESIGN -> 0.10;
        };
        double u = random.nextDouble();
        if (u < 0.005) {
            return new Outcome(LegalStatus.INVALIDATED, granted, grantKind);
        }
        boolean lapsed = u < 1 - Math.pow(1 - hazard, years);
        return new Outcome(lapsed ? LegalStatus.LAPSED : LegalStatus.GRANTED, granted, grantKind);
    }

    /** The day the patent's term ends: 20 years from filing for inventions, 10 or 15 for the others. */
    static LocalDate termEnd(PatentType type, LocalDate filed) {
        int years = switch (type) {
            case INVENTION -> 20;
            case UTILITY_MODEL -> 10;
            case DESIGN -> filed.isBefore(LONGER_DESIGN_TERM_FROM) ? 10 : 15;
        };
        return filed.plusYears(years);
    }
}
