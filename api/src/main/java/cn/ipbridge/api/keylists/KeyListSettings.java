package cn.ipbridge.api.keylists;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Thresholds of the key segments ({@code ipbridge.keylists.*}).
 *
 * @param lapseRiskYears   a patent in force with fewer years left puts its firm at lapse risk
 * @param pledgeMinYears   a granted invention needs this many years left to secure a loan (pledge-ready)
 * @param highValuePatents high-value patents (value score at least {@code ipbridge.valuation.high-value}) from
 *                         which a portfolio is high-value
 */
@ConfigurationProperties("ipbridge.keylists")
public record KeyListSettings(Double lapseRiskYears, Double pledgeMinYears, Integer highValuePatents) {

    public KeyListSettings {
        lapseRiskYears = lapseRiskYears == null ? 2.0 : lapseRiskYears;
        pledgeMinYears = pledgeMinYears == null ? 5.0 : pledgeMinYears;
        highValuePatents = highValuePatents == null ? 1 : highValuePatents;
    }
}
