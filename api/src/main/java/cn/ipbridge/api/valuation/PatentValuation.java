package cn.ipbridge.api.valuation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import cn.ipbridge.graph.model.LegalStatus;
import cn.ipbridge.graph.model.PatentType;

/**
 * The patent value score: a weighted mean of seven indicators, each mapped to [0, 1]. Forward citations are
 * logarithmic (the tenth citation adds less than the first); remaining term is the share of the statutory term
 * left; legal status is 1 granted, 0.4 pending, 0 otherwise; type is 1 invention, 0.5 utility model, 0.3 design;
 * market is transfers, licences and pledges, evidence that someone paid for or lent against it.
 */
@Component
public class PatentValuation {

    private final ValuationSettings settings;

    public PatentValuation(ValuationSettings settings) {
        this.settings = settings;
    }

    public ValuationSettings settings() {
        return settings;
    }

    public PatentValue value(PatentIndicators p) {
        return value(p, LocalDate.now());
    }

    public PatentValue value(PatentIndicators p, LocalDate today) {
        ValuationSettings.Weights w = settings.weights();
        double remaining = p.remainingYears(today);
        int market = p.transfers() + p.pledges();
        Score score = new Score()
                .add("citations", w.citations(),
                        Math.log1p(p.forwardCitations()) / Math.log1p(settings.citationsCap()),
                        p.forwardCitations() + " forward citations")
                .add("claims", w.claims(), (double) p.claims() / settings.claimsCap(), p.claims() + " claims")
                .add("family", w.family(), (double) Math.max(0, p.familySize() - 1) / settings.familyCap(),
                        "family of " + p.familySize())
                .add("remainingTerm", w.remainingTerm(), remaining / p.termYears(),
                        String.format(Locale.ROOT, "%.1f of %d years left", remaining, p.termYears()))
                .add("legalStatus", w.legalStatus(), status(p.legalStatus()), String.valueOf(p.legalStatus()))
                .add("type", w.type(), type(p.type()), String.valueOf(p.type()))
                .add("market", w.market(), (double) market / settings.marketCap(),
                        p.transfers() + " transfers or licences, " + p.pledges() + " pledges");
        return new PatentValue(p.applicationNumber(), p.title(), score.value(), remaining, score.factors());
    }

    private static double status(LegalStatus status) {
        return status == LegalStatus.GRANTED ? 1 : status == LegalStatus.PENDING ? 0.4 : 0;
    }

    private static double type(PatentType type) {
        return type == PatentType.INVENTION ? 1 : type == PatentType.UTILITY_MODEL ? 0.5 : 0.3;
    }

    /** A patent's value with the factors that made it. */
    public record PatentValue(String applicationNumber, String title, double score, double remainingYears,
                              List<Factor> factors) {
    }
}
