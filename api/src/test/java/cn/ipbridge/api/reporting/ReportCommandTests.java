package cn.ipbridge.api.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReportCommandTests {

    @Test
    void readsTheHalfYearFormatAndFile() {
        ReportCommand.Arguments a = ReportCommand.parse(List.of("2026-12-31", "--format", "html", "--out", "r.html"));
        assertThat(a.halfYear().end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(a.format()).isEqualTo("html");
        assertThat(a.out()).isEqualTo(Path.of("r.html"));
        assertThat(ReportCommand.parse(List.of("2026-06-30")).out()).isEqualTo(Path.of("half-year-report-2026-06-30.xlsx"));
    }

    @Test
    void refusesBadArgumentsNamingThem() {
        assertThatThrownBy(() -> ReportCommand.parse(List.of("2026-06-01"))).hasMessageContaining("halfYearEnd");
        assertThatThrownBy(() -> ReportCommand.parse(List.of())).hasMessageContaining("halfYearEnd");
        assertThatThrownBy(() -> ReportCommand.parse(List.of("2026-06-30", "--format", "pdf")))
                .hasMessageContaining("--format").hasMessageContaining("pdf");
        assertThatThrownBy(() -> ReportCommand.parse(List.of("2026-06-30", "--out"))).hasMessageContaining("--out");
    }
}
