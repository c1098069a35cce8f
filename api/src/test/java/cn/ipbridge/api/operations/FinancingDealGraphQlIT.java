package cn.ipbridge.api.operations;

import static cn.ipbridge.api.support.SmallGraph.MICRO;
import static cn.ipbridge.api.support.SmallGraph.P1;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code recordFinancingDeal}: funder, firm, amount and the IP pledged. */
class FinancingDealGraphQlIT extends RecordsGraphTest {

    @Test
    void recordsADealSecuredByAPatentAndATrademark() {
        var deal = graphQl.documentName("recordFinancingDeal").variable("input", input("funder", BANK,
                "enterprise", MICRO, "amount", 500.0, "date", "2026-06-01", "kind", "IP_PLEDGE",
                "pledgedPatents", List.of("CN" + P1), "pledgedTrademarks", List.of(TRADEMARK))).execute();
        deal.path("recordFinancingDeal.deal.amount").entity(Double.class).isEqualTo(500.0);
        deal.path("recordFinancingDeal.deal.pledgedPatents").entityList(String.class).containsExactly(P1);
        deal.path("recordFinancingDeal.deal.pledgedTrademarks").entityList(String.class).containsExactly(TRADEMARK);
        deal.path("recordFinancingDeal.change.entity").entity(String.class).isEqualTo("FinancingDeal");
    }

    @Test
    void refusesBadDealsNamingTheFieldAndWritesNothing() {
        refused(graphQl.documentName("recordFinancingDeal").variable("input", input("funder", "无名银行",
                "enterprise", MICRO, "amount", 500.0, "date", "2026-06-01", "kind", "IP_PLEDGE")), "funder");
        refused(graphQl.documentName("recordFinancingDeal").variable("input", input("funder", BANK,
                "enterprise", MICRO, "amount", -1.0, "date", "2026-06-01", "kind", "IP_PLEDGE")), "amount");
        refused(graphQl.documentName("recordFinancingDeal").variable("input", input("funder", BANK,
                "enterprise", MICRO, "amount", 500.0, "date", "2026-06-01", "kind", "IP_PLEDGE",
                "pledgedPatents", List.of("202311776587.1"))), "pledgedPatents");
        refused(graphQl.documentName("recordFinancingDeal").variable("input", input("funder", BANK,
                "enterprise", MICRO, "amount", 500.0, "date", "2026-06-01", "kind", "IP_PLEDGE",
                "pledgedTrademarks", List.of("99999999"))), "pledgedTrademarks");
    }
}
