package cn.ipbridge.graph.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.ipbridge.graph.write.ImportLink;

/** Adding up a sign-in sheet in memory: the bound on its size, and a tally that starts afresh after each read. */
class AttendanceTallyTests {

    private static final String FIRM = "91310115591693856A";

    @Test
    void aSheetOfMoreRowsThanTheBoundStopsTheImport() {
        AttendanceTally tally = new AttendanceTally();
        for (int line = 2; line < AttendanceTally.MAX_ROWS + 2; line++) {
            tally.add("EV-1", FIRM, null, 1, new SourceRow(line, List.of()));
        }

        assertThatThrownBy(() -> tally.add("EV-1", FIRM, null, 1, new SourceRow(AttendanceTally.MAX_ROWS + 2, List.of())))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("at most " + AttendanceTally.MAX_ROWS);
    }

    @Test
    void theTotalsEmptyTheTallySoASecondReadCountsFromZero() {
        AttendanceTally tally = new AttendanceTally();
        tally.add("EV-1", FIRM, null, 2, new SourceRow(2, List.of()));
        tally.add("EV-1", FIRM, "张三", 1, new SourceRow(3, List.of()));

        assertThat(headcounts(tally.totals())).containsExactly(3);
        tally.add("EV-1", FIRM, null, 2, new SourceRow(2, List.of()));
        assertThat(headcounts(tally.totals())).as("the second read of a strict import").containsExactly(2);
    }

    private static List<Object> headcounts(FileTotals totals) {
        return totals.rows().stream().flatMap(r -> r.row().links().stream()).map(ImportLink::properties)
                .map(p -> p.get("headcount")).toList();
    }
}
