package cn.ipbridge.api.valuation;

import java.util.Comparator;
import java.util.List;

import cn.ipbridge.api.valuation.PatentValuation.PatentValue;
import cn.ipbridge.graph.model.LegalStatus;
import cn.ipbridge.graph.model.PatentType;

/**
 * A firm's portfolio as the programme reads it: size, mean value, its high-value patents, the chokepoint fields it
 * holds patents in, and the fields its industry covers where it holds none (gaps).
 */
public record Portfolio(int patentCount, int grantedInventionCount, int lapsedCount, double meanValue,
                        List<PatentValue> highValuePatents, List<ChokepointField> chokepointFields,
                        List<String> gaps) {

    /** A configured chokepoint IPC field and how many of the firm's patents lie under it. */
    public record ChokepointField(String code, int patentCount) {
    }

    static Portfolio of(ValuationQueries.PortfolioRows rows, PatentValuation valuation, int top) {
        List<PatentValue> values = rows.patents().stream().map(valuation::value)
                .sorted(Comparator.comparingDouble(PatentValue::score).reversed()).toList();
        double threshold = valuation.settings().highValue();
        return new Portfolio(rows.patents().size(),
                (int) rows.patents().stream().filter(p -> p.type() == PatentType.INVENTION
                        && p.legalStatus() == LegalStatus.GRANTED).count(),
                (int) rows.patents().stream().filter(p -> p.legalStatus() == LegalStatus.LAPSED).count(),
                values.stream().mapToDouble(PatentValue::score).average().orElse(0),
                values.stream().filter(v -> v.score() >= threshold).limit(top).toList(),
                rows.chokepoints().stream().sorted(Comparator.comparing(ChokepointField::code)).toList(),
                rows.gaps().stream().sorted().toList());
    }
}
