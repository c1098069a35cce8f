package cn.ipbridge.graph.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class LatestInventionsTests {

    @Test
    void keepsTheNewestTenByFilingDateThenApplicationNumberWithUndatedLast() {
        List<String> older = IntStream.rangeClosed(1, 9)
                .mapToObj(i -> LatestInventions.entry(LocalDate.of(2010 + i, 1, 1), "A" + i)).toList();
        List<String> newer = List.of(LatestInventions.entry(null, "Z0"), LatestInventions.entry(LocalDate.of(2024, 2, 2), "B2"),
                LatestInventions.entry(LocalDate.of(2024, 2, 2), "B1"), LatestInventions.entry(LocalDate.of(2019, 1, 1), "A9"));

        List<String> kept = LatestInventions.merged(older, newer);

        assertThat(kept).hasSize(LatestInventions.KEPT).startsWith("2024-02-02 B1", "2024-02-02 B2", "2019-01-01 A9")
                .doesNotContain("2011-01-01 A1", " Z0");
        assertThat(LatestInventions.merged(List.of(" Z0"), List.of("2020-01-01 C1"))).containsExactly("2020-01-01 C1", " Z0");
    }
}
