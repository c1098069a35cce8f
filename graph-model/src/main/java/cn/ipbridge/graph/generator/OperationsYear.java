package cn.ipbridge.graph.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;

/**
 * The programme year the generated graph describes: the twelve months up to and including a fixed reference date,
 * {@value #REFERENCE_DATE_TEXT}. Every "now" in the generator (legal status, pending examinations, visits, open
 * cases) is this date, never the wall clock, so the same seed gives the same graph on any day.
 */
final class OperationsYear {

    static final String REFERENCE_DATE_TEXT = "2026-06-30";
    /** The day the graph is "as of". */
    static final LocalDate REFERENCE_DATE = LocalDate.parse(REFERENCE_DATE_TEXT);
    /** The first day of the operations year: 2025-07-01. */
    static final LocalDate START = REFERENCE_DATE.minusYears(1).plusDays(1);

    private OperationsYear() {
    }

    /** The first day of quarter 0..3 of the operations year. */
    static LocalDate quarterStart(int quarter) {
        return START.plusMonths(3L * quarter);
    }

    /** A day drawn evenly between two dates, both included. */
    static LocalDate dayBetween(RandomGenerator random, LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        return days <= 0 ? first : first.plusDays(random.nextLong(days + 1));
    }

    /** A day of the operations year. */
    static LocalDate anyDay(RandomGenerator random) {
        return dayBetween(random, START, REFERENCE_DATE);
    }

    /** A working day in quarter 0..3, not after the reference date: events and visits happen Monday to Friday. */
    static LocalDate workingDayInQuarter(RandomGenerator random, int quarter) {
        LocalDate start = quarterStart(quarter);
        LocalDate end = start.plusMonths(3).minusDays(1);
        return workingDay(dayBetween(random, start, end.isAfter(REFERENCE_DATE) ? REFERENCE_DATE : end));
    }

    /** The day itself if a weekday, else the Friday before (so it never moves past the reference date). */
    static LocalDate workingDay(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.minusDays(2);
            default -> day;
        };
    }
}
