package cn.ipbridge.api.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.ipbridge.api.system.BadArgumentException;

class HalfYearTests {

    @Test
    void aFirstHalfRunsFromJanuaryAndFollowsTheSecondHalfBefore() {
        HalfYear h1 = HalfYear.parse("2026-06-30");
        assertThat(h1.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(h1.after()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(h1.previous().end()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(h1.previous().start()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(h1.title()).isEqualTo("2026年上半年");
        assertThat(h1.previous().title()).isEqualTo("2025年下半年");
    }

    @Test
    void rejectsOtherDaysNamingTheArgument() {
        assertThatThrownBy(() -> HalfYear.parse("2026-06-29")).isInstanceOf(BadArgumentException.class)
                .hasMessageContaining("halfYearEnd").hasMessageContaining("2026-06-29");
        assertThatThrownBy(() -> HalfYear.parse("30/06/2026")).isInstanceOf(BadArgumentException.class)
                .hasMessageContaining("halfYearEnd");
    }
}
