package cn.ipbridge.api.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The half-year work report: the programme's tasks as sections, each with its figures (against the previous half
 * year) and the lists behind them.
 */
record HalfYearReport(String title, LocalDate from, LocalDate halfYearEnd, LocalDate previousEnd,
                      List<Section> sections) {

    /** One of the programme's tasks. */
    record Section(String key, String title, List<Figure> figures, List<Listing> lists) {
    }

    /**
     * A figure of the half year.
     *
     * @param previous the previous half year's figure; null for a state the graph does not date (e.g. firms
     *                 certified to GB/T 29490 now), which is the state when the report was made
     */
    record Figure(String key, String label, String unit, double value, Double previous, Double change,
                  Double changeRate) {

        static Figure of(String key, String label, String unit, double value, Double previous) {
            return new Figure(key, label, unit, value, previous, previous == null ? null : value - previous,
                    previous == null || previous == 0 ? null : (value - previous) / previous);
        }
    }

    /** The records behind figures: at most {@link ReportQueries#LIST_LIMIT} rows of {@code total}. */
    record Listing(String key, String title, List<String> columns, List<List<String>> rows, int total) {
    }
}
