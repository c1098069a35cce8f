package cn.ipbridge.graph.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A case handled for a firm by an institution; {@code closed} is null while it is open.
 *
 * @param subject             free text naming what the case is about, e.g. an application number
 * @param concernsPatents     application numbers of the patents it concerns ({@code CONCERNS} links)
 * @param concernsTrademarks  registration numbers of the trademarks it concerns
 */
public record ServiceCase(
        String id,
        ServiceCaseKind kind,
        String enterpriseUscc,
        String institutionName,
        LocalDate opened,
        LocalDate closed,
        String outcome,
        String subject,
        List<String> concernsPatents,
        List<String> concernsTrademarks) {

    public ServiceCase {
        concernsPatents = concernsPatents == null ? List.of() : List.copyOf(concernsPatents);
        concernsTrademarks = concernsTrademarks == null ? List.of() : List.copyOf(concernsTrademarks);
    }

    public ServiceCase(String id, ServiceCaseKind kind, String enterpriseUscc, String institutionName,
                       LocalDate opened, LocalDate closed, String outcome) {
        this(id, kind, enterpriseUscc, institutionName, opened, closed, outcome, null, List.of(), List.of());
    }
}
