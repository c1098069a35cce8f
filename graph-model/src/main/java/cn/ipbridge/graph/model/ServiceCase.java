package cn.ipbridge.graph.model;

import java.time.LocalDate;

/** A case handled for a firm by an institution; {@code closed} is null while it is open. */
public record ServiceCase(
        String id,
        ServiceCaseKind kind,
        String enterpriseUscc,
        String institutionName,
        LocalDate opened,
        LocalDate closed,
        String outcome) {
}
