package cn.ipbridge.graph.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A deal a funder made with an enterprise.
 *
 * @param amount             in 10,000 yuan (万元)
 * @param pledgedPatents     application numbers of the patents that secure it
 * @param pledgedTrademarks  registration numbers of the trademarks that secure it
 */
public record FinancingDeal(
        String id,
        String funderName,
        String enterpriseUscc,
        BigDecimal amount,
        LocalDate date,
        DealKind kind,
        List<String> pledgedPatents,
        List<String> pledgedTrademarks) {

    public FinancingDeal {
        pledgedPatents = pledgedPatents == null ? List.of() : List.copyOf(pledgedPatents);
        pledgedTrademarks = pledgedTrademarks == null ? List.of() : List.copyOf(pledgedTrademarks);
    }
}
