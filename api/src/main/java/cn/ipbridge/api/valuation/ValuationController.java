package cn.ipbridge.api.valuation;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.patent.Patent;
import cn.ipbridge.api.valuation.PatentValuation.PatentValue;

/** Resolves {@code Patent.value} and {@code Enterprise.portfolio}, one query per level. */
@Controller
class ValuationController {

    private static final int TOP = 10;

    private final ValuationQueries queries;
    private final PatentValuation valuation;

    ValuationController(ValuationQueries queries, PatentValuation valuation) {
        this.queries = queries;
        this.valuation = valuation;
    }

    @BatchMapping(typeName = "Patent")
    List<PatentValue> value(List<Patent> patents) {
        Map<String, PatentIndicators> byNumber = queries.indicators(
                patents.stream().map(Patent::applicationNumber).distinct().toList());
        return patents.stream().map(p -> valuation.value(byNumber.get(p.applicationNumber()))).toList();
    }

    @BatchMapping(typeName = "Enterprise")
    List<Portfolio> portfolio(List<Enterprise> enterprises) {
        Map<String, ValuationQueries.PortfolioRows> byUscc = queries.portfolios(
                enterprises.stream().map(Enterprise::uscc).distinct().toList(), valuation.settings().chokepoints());
        return enterprises.stream().map(e -> Portfolio.of(byUscc.get(e.uscc()), valuation, TOP)).toList();
    }
}
