package cn.ipbridge.api.statistics;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.security.RowScope;
import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.graph.identifier.CreditCode;
import cn.ipbridge.graph.identifier.IpcSymbol;

/** Resolves {@code programmeKpis}, {@code enterpriseStatistics}, {@code patentStatistics} and {@code enterpriseRanking}. */
@Controller
class StatisticsController {

    static final int MAX_RANKING = 100;

    private final StatisticsQueries statistics;
    private final KpiQueries kpis;

    StatisticsController(StatisticsQueries statistics, KpiQueries kpis) {
        this.statistics = statistics;
        this.kpis = kpis;
    }

    @QueryMapping
    ProgrammeKpis programmeKpis(@Argument Integer year) {
        if (year != null && (year < 1985 || year > 2100)) {
            throw new BadArgumentException("year", "must be between 1985 and 2100, was " + year);
        }
        return kpis.kpis(year);
    }

    @QueryMapping
    List<CountGroup> enterpriseStatistics(@Argument EnterpriseGrouping groupBy) {
        return statistics.enterpriseGroups(groupBy);
    }

    @QueryMapping
    List<CountGroup> patentStatistics(@Argument PatentGrouping groupBy, @Argument String ipcParent,
                                      @Argument String applicantUscc) {
        if (ipcParent != null && groupBy != PatentGrouping.IPC) {
            throw new BadArgumentException("ipcParent", "applies only to groupBy: IPC");
        }
        String parent = ipcParent == null ? null : IpcSymbol.parse(ipcParent).compact();
        String uscc = applicantUscc == null ? null : CreditCode.parse(applicantUscc).value();
        return statistics.patentGroups(groupBy, parent, uscc);
    }

    @QueryMapping
    List<RankedEnterprise> enterpriseRanking(@Argument EnterpriseMetric by, @Argument String district,
                                             @Argument String industry, @Argument Integer first) {
        int limit = first == null ? 10 : first;
        if (limit < 1 || limit > MAX_RANKING) {
            throw new BadArgumentException("first", "must be between 1 and " + MAX_RANKING + ", was " + limit);
        }
        return statistics.ranking(by, district, industry, limit, RowScope.current());
    }
}
