package cn.ipbridge.graph.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A notice published to firms. Empty target lists mean "any"; the firms matching every non-empty list are
 * {@code REACHED} on the day it is published.
 */
public record Notice(
        String id,
        String title,
        NoticeKind kind,
        String body,
        LocalDate published,
        List<String> industries,
        List<String> districts,
        List<SrdiLevel> srdiLevels,
        List<IpSituation> ipSituations) {

    public Notice {
        industries = industries == null ? List.of() : List.copyOf(industries);
        districts = districts == null ? List.of() : List.copyOf(districts);
        srdiLevels = srdiLevels == null ? List.of() : List.copyOf(srdiLevels);
        ipSituations = ipSituations == null ? List.of() : List.copyOf(ipSituations);
    }
}
