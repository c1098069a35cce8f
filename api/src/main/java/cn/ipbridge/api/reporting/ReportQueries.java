package cn.ipbridge.api.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.reporting.HalfYearReport.Figure;
import cn.ipbridge.api.reporting.HalfYearReport.Listing;
import cn.ipbridge.api.reporting.HalfYearReport.Section;
import cn.ipbridge.api.reporting.ReportLayout.FigureSpec;
import cn.ipbridge.api.reporting.ReportLayout.ListSpec;

/**
 * Reads a half-year report in one read transaction, so its figures and lists agree: three figure statements for
 * the half year and three for the one before, and one statement per list.
 */
@Repository
@Transactional(readOnly = true)
class ReportQueries {

    /** Rows a list carries at most; its total still counts them all. */
    static final int LIST_LIMIT = 1000;
    private static final List<String> FIGURE_STATEMENTS = List.of(ReportStatements.EVENT_FIGURES,
            ReportStatements.CASE_FIGURES, ReportStatements.RECORD_FIGURES);

    private final Neo4jClient client;

    ReportQueries(Neo4jClient client) {
        this.client = client;
    }

    HalfYearReport report(HalfYear half) {
        Map<String, Double> current = figures(half);
        Map<String, Double> previous = figures(half.previous());
        List<Section> sections = ReportLayout.SECTIONS.stream().map(s -> new Section(s.key(), s.title(),
                s.figures().stream().map(f -> figure(f, current, previous)).toList(),
                s.lists().stream().map(l -> listing(l, half)).toList())).toList();
        return new HalfYearReport(half.title(), half.start(), half.end(), half.previous().end(), sections);
    }

    private static Figure figure(FigureSpec spec, Map<String, Double> current, Map<String, Double> previous) {
        return Figure.of(spec.key(), spec.label(), spec.unit(), current.getOrDefault(spec.key(), 0.0),
                spec.stock() ? null : previous.getOrDefault(spec.key(), 0.0));
    }

    private Map<String, Double> figures(HalfYear half) {
        Map<String, Double> figures = new HashMap<>();
        for (String statement : FIGURE_STATEMENTS) {
            client.query(statement).bindAll(period(half)).fetch().all()
                    .forEach(r -> figures.put((String) r.get("key"), ((Number) r.get("value")).doubleValue()));
        }
        return figures;
    }

    private Listing listing(ListSpec spec, HalfYear half) {
        Map<String, Object> parameters = period(half);
        parameters.putAll(spec.parameters());
        parameters.put("limit", LIST_LIMIT);
        return client.query(spec.statement()).bindAll(parameters).fetchAs(Listing.class)
                .mappedBy((t, r) -> new Listing(spec.key(), spec.title(), spec.columns(),
                        r.get("rows").asList(row -> row.asList(ReportQueries::text)), r.get("total").asInt()))
                .one().orElseThrow();
    }

    private static String text(Value v) {
        return v.isNull() ? "" : v.asString();
    }

    private static Map<String, Object> period(HalfYear half) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", half.start());
        parameters.put("to", half.after());
        return parameters;
    }
}
