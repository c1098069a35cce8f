package cn.ipbridge.graph.importing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Sign-in sheets (签到表): one row per person who came, or per group with its headcount (人数), naming the event
 * by id and the firm by credit code or, without one, by name. The rows of one event and firm add up to the firm's
 * {@code (Enterprise)-[:ATTENDED {headcount}]->(Event)}, and a sheet replaces the attendance of the events it
 * names ({@link AttendanceTally}). Events and firms must be in the graph already. Attendee names are only used to
 * count a person who signed twice once; they, job titles and telephone numbers are not stored.
 */
public final class AttendanceRows implements RowParser {

    /** A row standing for more people than this is a typing slip (a telephone number in the 人数 column). */
    static final int MAX_HEADCOUNT = 10_000;

    private static final List<Column> COLUMNS = List.of(
            Column.required("event", "活动编号", "活动ID", "活动代码", "event_id", "event id"),
            Column.optional("uscc", "统一社会信用代码", "信用代码", "社会信用代码", "企业信用代码", "credit_code",
                    "credit code"),
            Column.optional("firm", "企业名称", "单位名称", "公司名称", "工作单位", "企业", "单位", "company", "firm name"),
            Column.optional("attendee", "姓名", "参会人", "参会人员", "签到人", "学员姓名", "name", "attendee name"),
            Column.optional("headcount", "人数", "参会人数", "签到人数", "people"));

    private final KnownNodes known;
    private final AttendanceTally tally = new AttendanceTally();

    AttendanceRows(KnownNodes known) {
        this.known = known;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public void check(ColumnMapping mapping) {
        if (!mapping.has("uscc") && !mapping.has("firm")) {
            throw new ImportFileException("required column missing: the firm's credit code (统一社会信用代码) "
                    + "or name (企业名称)");
        }
    }

    /** Adds the row to its event and firm; nothing is written until the whole sheet is read. */
    @Override
    public List<ImportedRow> parse(RowValues row) {
        String event = row.required("event");
        known.node(row, "event");
        try {
            String uscc = known.enterpriseByCodeOrName(row, "uscc", "firm");
            tally.add(event, uscc, attendee(row), headcount(row), new SourceRow(row.line(), row.cells()));
        } catch (RowRejected e) {
            tally.rejected(event, row.line());
            throw e;
        }
        return List.of();
    }

    @Override
    public FileTotals endOfFile() {
        return tally.totals();
    }

    /** The name as compared: width, case and spaces folded (张 三 and 张三 are one person). */
    private static String attendee(RowValues row) {
        String name = row.text("attendee");
        return name == null ? null
                : Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** 1 without the column or with the cell blank; {@code 3}, {@code 3人} and Excel's {@code 3.0} read as 3. */
    private static int headcount(RowValues row) {
        String text = row.text("headcount");
        if (text == null) {
            return 1;
        }
        String digits = Normalizer.normalize(text, Normalizer.Form.NFKC).replace("人", "").strip()
                .replaceAll("\\.0+$", "");
        if (!digits.matches("[+-]?\\d{1,9}")) {
            throw row.reject("headcount", "not a headcount: '" + text + "' (a whole number of people, e.g. 3)");
        }
        int headcount = Integer.parseInt(digits);
        if (headcount < 1 || headcount > MAX_HEADCOUNT) {
            throw row.reject("headcount", "a headcount is a whole number from 1 to " + MAX_HEADCOUNT + ", not "
                    + headcount);
        }
        return headcount;
    }
}
