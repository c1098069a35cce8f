package cn.ipbridge.api.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The programme's yearly targets ({@code ipbridge.targets.*}).
 *
 * @param trainingSessions     training sessions a calendar year, at least
 * @param trainees             people trained a calendar year, more than
 * @param keyFirmVisitsPerQuarter visits every key firm (a firm with an assigned officer) gets a quarter, at least
 * @param servedShare          share of SRDI firms at least one institution serves, at least (0..1)
 */
@ConfigurationProperties("ipbridge.targets")
public record TargetSettings(Integer trainingSessions, Integer trainees, Integer keyFirmVisitsPerQuarter,
                             Double servedShare) {

    public TargetSettings {
        trainingSessions = trainingSessions == null ? 12 : trainingSessions;
        trainees = trainees == null ? 600 : trainees;
        keyFirmVisitsPerQuarter = keyFirmVisitsPerQuarter == null ? 1 : keyFirmVisitsPerQuarter;
        servedShare = servedShare == null ? 0.6 : servedShare;
    }
}
