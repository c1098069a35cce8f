package cn.ipbridge.graph.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;

import cn.ipbridge.graph.model.ListingPlan;
import cn.ipbridge.graph.model.PilotStatus;
import cn.ipbridge.graph.model.SrdiLevel;

/**
 * The attributes of a firm that depend on its rung of the SRDI ladder. Little giants are older, bigger, more often
 * certified, in custody, pilots or on the way to the STAR market; innovative SMEs are young and small.
 *
 * <ul>
 *   <li>level: 10% little giant, 55% municipal SRDI, 35% innovative SME;</li>
 *   <li>recognition year 2019-2025, rising (weights 1, 1.2, 1.5, 1.8, 2.2, 2.6, 3) as the programme grew; a little
 *       giant's status lasts three years, so one recognised in 2023 or before is due for review;</li>
 *   <li>founded: little giants 1995-2015, municipal 1998-2019, innovative 2003-2021, always before recognition;</li>
 *   <li>employees log-normal, medians 260 / 85 / 35, sigma 0.7, between 8 and 1,999;</li>
 *   <li>GB/T 29490 certified 60% / 32% / 18% (about 30% overall); IP custody 20% / 10% / 6% (about 10%);</li>
 *   <li>pilot or demonstration firm 20% of little giants, 3.5% of others;</li>
 *   <li>STAR candidate 22% / 4.5% / 1% (about 5%), listed 5% / 0.6% / 0.</li>
 * </ul>
 */
final class FirmTraits {

    static final Weighted<SrdiLevel> LEVELS = Weighted.of(
            List.of(SrdiLevel.LITTLE_GIANT, SrdiLevel.MUNICIPAL_SRDI, SrdiLevel.INNOVATIVE_SME), 10, 55, 35);
    private static final Weighted<Integer> RECOGNITION_YEARS = Weighted.of(
            List.of(2019, 2020, 2021, 2022, 2023, 2024, 2025), 1, 1.2, 1.5, 1.8, 2.2, 2.6, 3);
    private static final List<PilotStatus> PILOTS = List.of(PilotStatus.NONE, PilotStatus.DISTRICT_PILOT,
            PilotStatus.DISTRICT_DEMONSTRATION, PilotStatus.MUNICIPAL_PILOT, PilotStatus.MUNICIPAL_DEMONSTRATION);
    private static final Weighted<PilotStatus> GIANT_PILOTS = Weighted.of(PILOTS, 80, 6, 4, 6, 4);
    private static final Weighted<PilotStatus> OTHER_PILOTS = Weighted.of(PILOTS, 96.5, 2, 0.8, 0.5, 0.2);

    private FirmTraits() {
    }

    static int recognitionYear(RandomGenerator random) {
        return RECOGNITION_YEARS.pick(random);
    }

    static LocalDate founded(RandomGenerator random, SrdiLevel level, int recognitionYear) {
        int first = switch (level) {
            case LITTLE_GIANT -> 1995;
            case MUNICIPAL_SRDI -> 1998;
            case INNOVATIVE_SME -> 2003;
        };
        int last = Math.min(recognitionYear - 1, switch (level) {
            case LITTLE_GIANT -> 2015;
            case MUNICIPAL_SRDI -> 2019;
            case INNOVATIVE_SME -> 2021;
        });
        int year = first + random.nextInt(last - first + 1);
        return LocalDate.ofYearDay(year, 1 + random.nextInt(365));
    }

    static int employees(RandomGenerator random, SrdiLevel level) {
        double median = switch (level) {
            case LITTLE_GIANT -> 260;
            case MUNICIPAL_SRDI -> 85;
            case INNOVATIVE_SME -> 35;
        };
        return new LogNormal(median, 0.7).sample(random, 8, 1_999);
    }

    static boolean certified(RandomGenerator random, SrdiLevel level) {
        return random.nextDouble() < byLevel(level, 0.60, 0.32, 0.18);
    }

    static boolean inCustody(RandomGenerator random, SrdiLevel level) {
        return random.nextDouble() < byLevel(level, 0.20, 0.10, 0.06);
    }

    static PilotStatus pilot(RandomGenerator random, SrdiLevel level) {
        return (level == SrdiLevel.LITTLE_GIANT ? GIANT_PILOTS : OTHER_PILOTS).pick(random);
    }

    static ListingPlan listing(RandomGenerator random, SrdiLevel level) {
        double u = random.nextDouble();
        double listed = byLevel(level, 0.05, 0.006, 0);
        double star = byLevel(level, 0.22, 0.045, 0.01);
        return u < listed ? ListingPlan.LISTED : u < listed + star ? ListingPlan.STAR_CANDIDATE : ListingPlan.NONE;
    }

    /** Listed firms must be joint-stock; STAR candidates mostly have restructured already. */
    static double jointStockShare(ListingPlan listing) {
        return switch (listing) {
            case LISTED -> 1.0;
            case STAR_CANDIDATE -> 0.7;
            case NONE -> 0.12;
        };
    }

    static double byLevel(SrdiLevel level, double giant, double municipal, double innovative) {
        return switch (level) {
            case LITTLE_GIANT -> giant;
            case MUNICIPAL_SRDI -> municipal;
            case INNOVATIVE_SME -> innovative;
        };
    }
}
