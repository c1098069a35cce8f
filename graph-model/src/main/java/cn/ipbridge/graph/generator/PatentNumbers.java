package cn.ipbridge.graph.generator;

import cn.ipbridge.graph.identifier.ApplicationNumber;
import cn.ipbridge.graph.model.PatentType;

/**
 * Application and publication numbers made from a patent's ordinal, so they are unique without any bookkeeping
 * across chunks. The ordinal goes through an affine bijection to scatter serials like real ones.
 *
 * <ul>
 *   <li>application number: filing year, type digit (1 invention, 2 utility model, 3 design), a 7-digit serial
 *       from 1000000 up, and the check character from {@link ApplicationNumber#complete};</li>
 *   <li>publication number: CN, 9 digits rising with the filing year (100000000 + 4,000,000 per year from 2005),
 *       and the kind code: A for a published invention application, B for a granted invention, U for a utility
 *       model, S for a design. Utility models and designs are published only when granted.</li>
 * </ul>
 */
final class PatentNumbers {

    /** Ordinals must stay below this for publication numbers (and so serials) to be unique. */
    static final int MAX_PATENTS = 4_000_000;
    private static final int SERIALS = 9_000_000;
    /** Coprime with 9,000,000 = 2^6 * 3^2 * 5^6 and with 4,000,000 = 2^8 * 5^6. */
    private static final long SCATTER = 7_777_777L;

    private PatentNumbers() {
    }

    /** The 12 digits of the application number, as a number (year * 10^8 + type * 10^7 + serial). */
    static long applicationDigits(int ordinal, PatentType type, int filingYear) {
        long serial = 1_000_000 + (SCATTER * ordinal + 1_234_567) % SERIALS;
        return filingYear * 100_000_000L + typeDigit(type) * 10_000_000L + serial;
    }

    /** The graph key, e.g. 202311776587.0. */
    static String applicationNumber(long digits) {
        return ApplicationNumber.complete(Long.toString(digits)).normalised();
    }

    /** E.g. CN187654321B; null where nothing is published yet. */
    static String publicationNumber(int ordinal, int filingYear, String kind) {
        if (kind == null) {
            return null;
        }
        long number = 100_000_000L + (filingYear - FilingDates.FIRST_YEAR) * (long) MAX_PATENTS
                + (SCATTER * ordinal + 424_242) % MAX_PATENTS;
        return "CN" + number + kind;
    }

    private static int typeDigit(PatentType type) {
        return switch (type) {
            case INVENTION -> 1;
            case UTILITY_MODEL -> 2;
            case DESIGN -> 3;
        };
    }
}
