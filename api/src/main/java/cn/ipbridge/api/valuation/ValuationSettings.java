package cn.ipbridge.api.valuation;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Weights and caps of the patent value score, and which IPC fields count as chokepoint (卡脖子) fields. The README
 * table "Matchmaking and exploration" lists the properties and their environment variables.
 *
 * @param citationsCap forward citations at which that factor reaches 1 (logarithmic below)
 * @param claimsCap    claims at which that factor reaches 1
 * @param familyCap    family members beyond the patent itself at which that factor reaches 1
 * @param marketCap    transfers, licences and pledges at which that factor reaches 1
 * @param highValue    score from which a patent counts as high-value
 * @param chokepoints  IPC codes (any level) of chokepoint fields; a patent is in one when its main class lies under it
 */
@ConfigurationProperties("ipbridge.valuation")
public record ValuationSettings(Weights weights, Integer citationsCap, Integer claimsCap, Integer familyCap,
                                Integer marketCap, Double highValue, List<String> chokepoints) {

    /** Relative weights of the value factors; they need not sum to 1. */
    public record Weights(Double citations, Double claims, Double family, Double remainingTerm, Double legalStatus,
                          Double type, Double market) {

        public Weights {
            citations = citations == null ? 0.20 : citations;
            claims = claims == null ? 0.10 : claims;
            family = family == null ? 0.10 : family;
            remainingTerm = remainingTerm == null ? 0.20 : remainingTerm;
            legalStatus = legalStatus == null ? 0.15 : legalStatus;
            type = type == null ? 0.15 : type;
            market = market == null ? 0.10 : market;
        }
    }

    public ValuationSettings {
        weights = weights == null ? new Weights(null, null, null, null, null, null, null) : weights;
        citationsCap = citationsCap == null ? 10 : citationsCap;
        claimsCap = claimsCap == null ? 20 : claimsCap;
        familyCap = familyCap == null ? 5 : familyCap;
        marketCap = marketCap == null ? 2 : marketCap;
        highValue = highValue == null ? 0.6 : highValue;
        chokepoints = chokepoints == null || chokepoints.isEmpty()
                ? List.of("H01L", "G03F", "G06N", "C30B", "H01J", "G01N", "A61K", "C12N") : List.copyOf(chokepoints);
    }

    public static ValuationSettings defaults() {
        return new ValuationSettings(null, null, null, null, null, null, null);
    }
}
