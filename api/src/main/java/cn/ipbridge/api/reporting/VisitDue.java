package cn.ipbridge.api.reporting;

import java.time.LocalDate;

/**
 * When key firms are due a visit on a date: "at least once a quarter" means no firm may go through a whole
 * calendar quarter unvisited. On a date, the last quarter that has ended by then (the date's own quarter when it
 * is that quarter's last day) must hold a visit, or a later one must: a firm with no visit from that quarter's
 * first day to the date is overdue.
 */
record VisitDue(LocalDate date, LocalDate dueFrom) {

    static VisitDue on(LocalDate date) {
        LocalDate quarterStart = LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
        boolean lastDay = date.equals(quarterStart.plusMonths(3).minusDays(1));
        return new VisitDue(date, lastDay ? quarterStart : quarterStart.minusMonths(3));
    }
}
