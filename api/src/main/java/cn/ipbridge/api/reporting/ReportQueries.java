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
import cn.ipbridge.api.security.Role;
import cn.ipbridge.api.security.RowScope;

/**
 * Reads a half-year report in one read transaction, so its figures and lists agree: three figure statements for
 * the half year and three for the one before, and one statement per list. Every statement counts only the rows of
 * the given {@link RowScope} (ReportStatements); a DISTRICT's report names its district in the title.
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

    /** The report of the rows in {@code scope}: city-wide for ADMIN and STAFF, a district's for DISTRICT. */
    HalfYearReport report(HalfYear half, RowScope scope) {
        Map<String, Double> current = figures(half, scope);
        Map<String, Double> previous = figures(half.previous(), scope);
        List<Section> sections = ReportLayout.SECTIONS.stream().map(s -> new Section(s.key(), s.title(),
                s.figures().stream().map(f -> figure(f, current, previous)).toList(),
                s.lists().stream().map(l -> listing(l, half, scope)).toList())).toList();
        return new HalfYearReport(half.title() + districtSuffix(scope), half.start(), half.end(),
                half.previous().end(), sections);
    }

    /** "（浦东新区 310115）" for a DISTRICT; nothing for the city-wide report. */
    private String districtSuffix(RowScope scope) {
        if (scope.role() != Role.DISTRICT) {
            return "";
        }
        String name = client.query("MATCH (d:District {adcode: $scopeValue}) RETURN d.name AS name")
                .bindAll(scope.parameter()).fetchAs(String.class).one().orElse("");
        return "（" + (name.isEmpty() ? "" : name + " ") + scope.value() + "）";
    }

    private static Figure figure(FigureSpec spec, Map<String, Double> current, Map<String, Double> previous) {
        return Figure.of(spec.key(), spec.label(), spec.unit(), current.getOrDefault(spec.key(), 0.0),
                spec.stock() ? null : previous.getOrDefault(spec.key(), 0.0));
    }

    private Map<String, Double> figures(HalfYear half, RowScope scope) {
        Map<String, Double> figures = new HashMap<>();
        for (String statement : FIGURE_STATEMENTS) {
            client.query(ReportStatements.scoped(statement, scope)).bindAll(period(half, scope)).fetch().all()
                    .forEach(r -> figures.put((String) r.get("key"), ((Number) r.get("value")).doubleValue()));
        }
        return figures;
    }

    private Listing listing(ListSpec spec, HalfYear half, RowScope scope) {
        Map<String, Object> parameters = period(half, scope);
        parameters.putAll(spec.parameters());
        parameters.put("limit", LIST_LIMIT);
        return client.query(ReportStatements.scoped(spec.statement(), scope)).bindAll(parameters).fetchAs(Listing.class)
                .mappedBy((t, r) -> new Listing(spec.key(), spec.title(), spec.columns(),
                        r.get("rows").asList(row -> row.asList(ReportQueries::text)), r.get("total").asInt()))
                .one().orElseThrow();
    }

    private static String text(Value v) {
        return v.isNull() ? "" : v.asString();
    }

    private static Map<String, Object> period(HalfYear half, RowScope scope) {
        Map<String, Object> parameters = new HashMap<>(scope.parameter());
        parameters.put("from", half.start());
        parameters.put("to", half.after());
        return parameters;
    }
}
