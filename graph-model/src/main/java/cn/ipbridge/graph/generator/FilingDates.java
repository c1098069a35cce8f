package cn.ipbridge.graph.generator;

import java.time.LocalDate;
import java.util.random.RandomGenerator;

/**
 * Filing dates from 2005 to the reference date, more in recent years: a year's weight grows by 13% a year, as
 * Shanghai's patent filings roughly did, and the last (half) year weighs in proportion to the days it has. A
 * holder files nothing before it was active.
 */
final class FilingDates {

    static final int FIRST_YEAR = 2005;
    private static final double GROWTH = 1.13;
    private static final LocalDate LAST_DAY = OperationsYear.REFERENCE_DATE;

    private FilingDates() {
    }

    static LocalDate draw(RandomGenerator random, LocalDate activeSince) {
        int firstYear = Math.max(FIRST_YEAR, activeSince.getYear());
        int lastYear = LAST_DAY.getYear();
        double total = 0;
        for (int year = firstYear; year <= lastYear; year++) {
            total += weight(year, activeSince);
        }
        double target = random.nextDouble() * total;
        int year = firstYear;
        for (; year < lastYear; year++) {
            target -= weight(year, activeSince);
            if (target < 0) {
                break;
            }
        }
        LocalDate first = year == activeSince.getYear() ? activeSince : LocalDate.of(year, 1, 1);
        LocalDate last = year == lastYear ? LAST_DAY : LocalDate.of(year, 12, 31);
        return OperationsYear.dayBetween(random, first, last);
    }

    /** The year's growth weight times the share of it in which the holder was active and which is not future. */
    private static double weight(int year, LocalDate activeSince) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate from = activeSince.isAfter(first) ? activeSince : first;
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate to = LAST_DAY.isBefore(last) ? LAST_DAY : last;
        double share = Math.max(0, to.toEpochDay() - from.toEpochDay() + 1) / 365.0;
        return Math.pow(GROWTH, year - FIRST_YEAR) * share;
    }
}
