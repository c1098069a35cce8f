package cn.ipbridge.graph.model;

import java.time.LocalDate;
import java.util.List;

/** An officer's visit to a firm: what was found and what was referred. */
public record Visit(
        String id,
        String officerId,
        String enterpriseUscc,
        LocalDate date,
        String notes,
        List<String> needs,
        List<String> servicesReferred,
        LocalDate followUpDate) {

    public Visit {
        needs = needs == null ? List.of() : List.copyOf(needs);
        servicesReferred = servicesReferred == null ? List.of() : List.copyOf(servicesReferred);
    }
}
