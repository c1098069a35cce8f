package cn.ipbridge.api.reporting;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;

import cn.ipbridge.api.system.BadArgumentException;

/** A half year, January-June or July-December, named by its last day: 30 June or 31 December. */
record HalfYear(LocalDate end) {

    static final String ARGUMENT = "halfYearEnd";
    private static final MonthDay JUNE_30 = MonthDay.of(6, 30);
    private static final MonthDay DECEMBER_31 = MonthDay.of(12, 31);

    HalfYear {
        MonthDay day = MonthDay.from(end);
        if (!day.equals(JUNE_30) && !day.equals(DECEMBER_31)) {
            throw new BadArgumentException(ARGUMENT, "a half year ends on 30 June or 31 December, was " + end);
        }
    }

    /** Parses yyyy-MM-dd, naming the argument when it is no date or not a half year's end. */
    static HalfYear parse(String text) {
        try {
            return new HalfYear(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new BadArgumentException(ARGUMENT, "not a date in the form yyyy-MM-dd: " + text);
        }
    }

    LocalDate start() {
        return end.withDayOfMonth(1).minusMonths(5);
    }

    /** The day after the end, the exclusive bound the queries use. */
    LocalDate after() {
        return end.plusDays(1);
    }

    HalfYear previous() {
        return new HalfYear(start().minusDays(1));
    }

    /** 2026年上半年 or 2026年下半年. */
    String title() {
        return end.getYear() + (end.getMonthValue() == 6 ? "年上半年" : "年下半年");
    }
}
