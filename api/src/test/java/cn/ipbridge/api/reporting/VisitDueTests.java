package cn.ipbridge.api.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class VisitDueTests {

    @Test
    void theLastDayOfAQuarterMakesThatQuarterDue() {
        assertThat(VisitDue.on(LocalDate.of(2026, 6, 30)).dueFrom()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(VisitDue.on(LocalDate.of(2026, 12, 31)).dueFrom()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void withinAQuarterThePreviousQuarterIsDue() {
        assertThat(VisitDue.on(LocalDate.of(2026, 6, 29)).dueFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(VisitDue.on(LocalDate.of(2026, 1, 15)).dueFrom()).isEqualTo(LocalDate.of(2025, 10, 1));
    }
}
