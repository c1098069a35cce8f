package cn.ipbridge.api.valuation;

import java.time.LocalDate;

import org.neo4j.driver.Value;

import cn.ipbridge.api.system.Values;
import cn.ipbridge.graph.model.LegalStatus;
import cn.ipbridge.graph.model.PatentType;

/** What the graph says about a patent's value, read with {@link #PROJECTION}. */
public record PatentIndicators(String applicationNumber, String title, PatentType type, LegalStatus legalStatus,
                               LocalDate filingDate, int claims, int familySize, int forwardCitations,
                               int transfers, int pledges) {

    /** The Cypher map projection of patent {@code p} that {@link #from} reads. */
    public static final String PROJECTION = """
            p {.applicationNumber, .title, .type, .legalStatus, .filingDate, .claims, .familySize,
               citations: COUNT { (p)<-[:CITES]-(:Patent) },
               transfers: COUNT { (p)-[:TRANSFERRED_TO|LICENSED_TO]->() },
               pledges: COUNT { (p)<-[:SECURED_BY]-(:FinancingDeal) }}""";

    public static PatentIndicators from(Value p) {
        return new PatentIndicators(Values.string(p, "applicationNumber"), Values.string(p, "title"),
                Values.enumOf(PatentType.class, p, "type"), Values.enumOf(LegalStatus.class, p, "legalStatus"),
                Values.date(p, "filingDate"), orZero(Values.integer(p, "claims")),
                orZero(Values.integer(p, "familySize")), orZero(Values.integer(p, "citations")),
                orZero(Values.integer(p, "transfers")), orZero(Values.integer(p, "pledges")));
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }

    /** Statutory term from filing: 20 years for inventions, 10 for utility models, 15 for designs (2021 law). */
    public int termYears() {
        return switch (type == null ? PatentType.INVENTION : type) {
            case INVENTION -> 20;
            case UTILITY_MODEL -> 10;
            case DESIGN -> 15;
        };
    }

    /** Years of protection left on {@code today}; 0 once lapsed, invalidated or expired. */
    public double remainingYears(LocalDate today) {
        if (filingDate == null || legalStatus == LegalStatus.LAPSED || legalStatus == LegalStatus.INVALIDATED
                || legalStatus == LegalStatus.EXPIRED) {
            return 0;
        }
        double left = (filingDate.plusYears(termYears()).toEpochDay() - today.toEpochDay()) / 365.25;
        return Math.max(0, left);
    }
}
