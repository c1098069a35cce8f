package cn.ipbridge.graph.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The cells of one row by field name, with parsers that turn a bad value into a {@link RowRejected} naming the
 * column. Blank cells and placeholders such as {@code -} or {@code 无} read as absent.
 */
public final class RowValues {

    private static final Set<String> ABSENT = Set.of("", "-", "--", "—", "无", "暂无", "N/A", "n/a", "NULL", "null");
    /** Separators between several values in one cell: semicolons, full-width semicolons and {@code " | "}. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:[;；]|\\s\\|\\s)\\s*");
    private static final Pattern DATE_PARTS = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?.*");
    private static final DateTimeFormatter US_SHORT = DateTimeFormatter.ofPattern("M/d/yy");

    private final SourceRow row;
    private final ColumnMapping columns;

    public RowValues(SourceRow row, ColumnMapping columns) {
        this.row = row;
        this.columns = columns;
    }

    /** The trimmed text of a field, or null when blank, a placeholder or not in the file. */
    public String text(String field) {
        int i = columns.indexOf(field);
        String value = i < 0 ? null : row.cell(i);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return ABSENT.contains(trimmed) ? null : trimmed;
    }

    public String required(String field) {
        String value = text(field);
        if (value == null) {
            throw reject(field, "must not be blank");
        }
        return value;
    }

    public List<String> list(String field) {
        String value = text(field);
        return value == null ? List.of()
                : Arrays.stream(LIST_SEPARATOR.split(value)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Accepts 2023-12-21, 2023/12/21, 2023.12.21, 20231221, 2023年12月21日, Excel's 12/21/23 and a trailing time. */
    public LocalDate date(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        var parts = DATE_PARTS.matcher(value);
        try {
            if (parts.matches()) {
                return LocalDate.of(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)),
                        Integer.parseInt(parts.group(3)));
            }
            if (value.matches("\\d{8}")) {
                return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
            }
            return LocalDate.parse(value, US_SHORT);
        } catch (java.time.DateTimeException e) {
            throw reject(field, "not a date: '" + value + "' (expected e.g. 2023-12-21)");
        }
    }

    public Integer integer(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.replace(",", "").replaceAll("\\.0+$", ""));
        } catch (NumberFormatException e) {
            throw reject(field, "not a whole number: '" + value + "'");
        }
    }

    /** Parses a present value with a codec or lookup; its exception message becomes the reason. */
    public <T> T parsed(String field, Function<String, T> parser) {
        return parse(field, text(field), parser);
    }

    /** Parses one part of a field's value (e.g. one of several codes in a cell), rejecting as {@link #parsed}. */
    public <T> T parse(String field, String value, Function<String, T> parser) {
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw reject(field, e.getMessage());
        }
    }

    /** Whether the file has a column for this field (a blank cell still counts: it clears the property). */
    public boolean has(String field) {
        return columns.has(field);
    }

    public RowRejected reject(String field, String reason) {
        return new RowRejected(columns.headerOf(field), reason);
    }

    public long line() {
        return row.line();
    }

    public List<String> cells() {
        return row.cells();
    }
}
