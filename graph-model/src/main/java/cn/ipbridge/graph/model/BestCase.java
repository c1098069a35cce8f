package cn.ipbridge.graph.model;

import java.time.LocalDate;

/**
 * A best case (优秀案例): a short write-up about a firm, optionally drawn from a service case, visit or deal.
 *
 * @param sourceId id of the {@code ServiceCase}, {@code Visit} or {@code FinancingDeal} it came {@code FROM}, or null
 */
public record BestCase(String id, String title, String writeUp, LocalDate date, String enterpriseUscc,
                       String sourceId) {
}
