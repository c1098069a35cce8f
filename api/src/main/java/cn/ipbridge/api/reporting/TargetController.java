package cn.ipbridge.api.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.security.RowScope;
import cn.ipbridge.api.system.Connection;
import cn.ipbridge.api.system.Page;

/**
 * Resolves {@code targetProgress} and {@code overdueVisits} over the caller's rows (a DISTRICT: its district's);
 * without a date, today in Shanghai.
 */
@Controller
class TargetController {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final TargetQueries queries;
    private final TargetSettings settings;

    TargetController(TargetQueries queries, TargetSettings settings) {
        this.queries = queries;
        this.settings = settings;
    }

    @QueryMapping
    List<TargetProgress> targetProgress(@Argument LocalDate date) {
        LocalDate on = date == null ? LocalDate.now(SHANGHAI) : date;
        return Targets.progress(settings, on, queries.figures(on, RowScope.current()));
    }

    @QueryMapping
    Connection<OverdueVisit> overdueVisits(@Argument LocalDate date, @Argument Integer first,
                                           @Argument String after) {
        Page page = Page.of(first, after);
        return queries.overdue(date == null ? LocalDate.now(SHANGHAI) : date, page, RowScope.current());
    }
}
