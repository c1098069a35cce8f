package cn.ipbridge.graph.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An officer's visit to a firm: what was found and what was referred.
 *
 * @param followsUpVisitId the earlier visit whose follow-up this is ({@code FOLLOWS_UP}), or null
 */
public record Visit(
        String id,
        String officerId,
        String enterpriseUscc,
        LocalDate date,
        String notes,
        List<String> needs,
        List<String> servicesReferred,
        LocalDate followUpDate,
        String followsUpVisitId) {

    public Visit {
        needs = needs == null ? List.of() : List.copyOf(needs);
        servicesReferred = servicesReferred == null ? List.of() : List.copyOf(servicesReferred);
    }

    public Visit(String id, String officerId, String enterpriseUscc, LocalDate date, String notes, List<String> needs,
                 List<String> servicesReferred, LocalDate followUpDate) {
        this(id, officerId, enterpriseUscc, date, notes, needs, servicesReferred, followUpDate, null);
    }
}
