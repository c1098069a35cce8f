package cn.ipbridge.api.reporting;

import java.time.LocalDate;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.security.RowScope;

/** Resolves {@code halfYearReport} (the caller's rows: a DISTRICT's report is its district's) and its downloads. */
@Controller
class HalfYearReportController {

    private final ReportQueries queries;

    HalfYearReportController(ReportQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    HalfYearReport halfYearReport(@Argument LocalDate halfYearEnd) {
        return queries.report(new HalfYear(halfYearEnd), RowScope.current());
    }

    @SchemaMapping(typeName = "HalfYearReport")
    String xlsxUrl(HalfYearReport report) {
        return ReportDownloadController.path(report.halfYearEnd(), "xlsx");
    }

    @SchemaMapping(typeName = "HalfYearReport")
    String htmlUrl(HalfYearReport report) {
        return ReportDownloadController.path(report.halfYearEnd(), "html");
    }
}
