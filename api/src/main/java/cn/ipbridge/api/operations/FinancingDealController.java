package cn.ipbridge.api.operations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.graph.model.DealKind;
import cn.ipbridge.graph.model.FinancingDeal;

/** Resolves {@code recordFinancingDeal}: funder, firm, amount, date, kind and the IP pledged. */
@Controller
class FinancingDealController {

    record FinancingDealInput(String funder, String enterprise, Double amount, LocalDate date, DealKind kind,
                              List<String> pledgedPatents, List<String> pledgedTrademarks) {
    }

    private final Records records;

    FinancingDealController(Records records) {
        this.records = records;
    }

    @MutationMapping
    Map<String, Object> recordFinancingDeal(@Argument FinancingDealInput input, GraphQLContext context) {
        Double amount = Fields.required("amount", input.amount());
        if (amount.isNaN() || amount <= 0 || amount > 10_000_000) {
            throw new BadArgumentException(Fields.name("amount"), "must be above 0 and at most 10,000,000 (万元)");
        }
        FinancingDeal deal = new FinancingDeal(null, Fields.text("funder", input.funder()),
                Fields.uscc("enterprise", input.enterprise()), BigDecimal.valueOf(amount),
                Fields.required("date", input.date()), Fields.required("kind", input.kind()),
                Fields.applicationNumbers("pledgedPatents", input.pledgedPatents()),
                Fields.texts("pledgedTrademarks", input.pledgedTrademarks()).stream().distinct().toList());
        return records.write("deal", w -> w.deals().record(deal, CurrentActor.of(context)));
    }
}
