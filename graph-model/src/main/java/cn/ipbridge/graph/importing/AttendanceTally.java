package cn.ipbridge.graph.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.ipbridge.graph.write.ImportEntity;
import cn.ipbridge.graph.write.ImportLink;
import cn.ipbridge.graph.write.LinkTarget;

/**
 * The people of one sign-in sheet added up per event and firm. A row without a name adds its headcount; a name
 * given again for the same firm at the same event (the person signed twice) counts once, with the larger
 * headcount. Each event becomes one row replacing its {@code ATTENDED} links. An event with a rejected row is
 * held back whole, its valid rows going to the reject file beside the rejected one: writing the rest would
 * replace the event's attendance with an undercount, and re-importing the fixed reject file would then replace
 * it with that file's few rows.
 * <p>
 * The sheet is held in memory until its last row (sign-in sheets are small: a year's programme is a few thousand
 * rows); more than {@link #MAX_ROWS} stops the import before anything is written.
 */
final class AttendanceTally {

    static final int MAX_ROWS = 100_000;

    /** One firm's people at one event. */
    private static final class Firm {
        private int unnamed;
        private final Map<String, Integer> named = new HashMap<>();

        int headcount() {
            return unnamed + named.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** One event's firms, its valid rows (kept in case it is held back) and its first rejected line. */
    private static final class Event {
        private final Map<String, Firm> firms = new LinkedHashMap<>();
        private final List<SourceRow> rows = new ArrayList<>();
        private Long rejectedLine;
    }

    private final Map<String, Event> events = new LinkedHashMap<>();
    private int rows;

    void add(String event, String uscc, String attendee, int headcount, SourceRow row) {
        if (++rows > MAX_ROWS) {
            throw new ImportFileException("an attendance sheet is added up in memory and may have at most "
                    + MAX_ROWS + " rows: split it by event");
        }
        Event e = events.computeIfAbsent(event, k -> new Event());
        e.rows.add(row);
        Firm firm = e.firms.computeIfAbsent(uscc, k -> new Firm());
        if (attendee == null) {
            firm.unnamed += headcount;
        } else {
            firm.named.merge(attendee, headcount, Math::max);
        }
    }

    void rejected(String event, long line) {
        Event e = events.computeIfAbsent(event, k -> new Event());
        if (e.rejectedLine == null) {
            e.rejectedLine = line;
        }
    }

    /** Each event's attendance, or its rows held back; the tally is empty afterwards. */
    FileTotals totals() {
        List<ImportedRow> written = new ArrayList<>();
        List<FileTotals.HeldBack> heldBack = new ArrayList<>();
        events.forEach((id, event) -> {
            if (event.rejectedLine != null) {
                String reason = "not written: line " + event.rejectedLine + " of event " + id + " was rejected, so "
                        + "the event's attendance is left as it was (fix that line and import these rows with it)";
                event.rows.forEach(row ->
                        heldBack.add(new FileTotals.HeldBack(new Rejection(row.line(), null, reason), row)));
                return;
            }
            List<ImportLink> links = new ArrayList<>();
            event.firms.forEach((uscc, firm) ->
                    links.add(new ImportLink(LinkTarget.EVENT_ATTENDEE, uscc, Map.of("headcount", firm.headcount()))));
            written.add(ImportedRow.of(ImportEntity.ATTENDANCE, id, Map.of(), links,
                    Set.of(LinkTarget.EVENT_ATTENDEE)));
        });
        events.clear();
        rows = 0;
        return new FileTotals(written, heldBack);
    }
}
