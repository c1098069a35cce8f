package cn.ipbridge.api.operations;

import static cn.ipbridge.api.support.SmallGraph.XINLIAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@code Enterprise.officers|visits|financingDeals|serviceCases}: the firm's recorded work, one statement a field. */
@SuppressWarnings("unchecked")
class EnterpriseOperationsGraphQlIT extends RecordsGraphTest {

    @Test
    void readsTheFirmsRecordedWorkBatchedPerLevel() {
        graphQl.documentName("assignOfficer").variable("input", input("officer", OFFICER, "enterprise", XINLIAN))
                .execute();
        String visit = graphQl.documentName("recordVisit").variable("input", input("officer", OFFICER,
                        "enterprise", XINLIAN, "date", "2026-05-04", "needs", List.of("专利布局"))).execute()
                .path("recordVisit.visit.id").entity(String.class).get();
        String deal = graphQl.documentName("recordFinancingDeal").variable("input", input("funder", BANK,
                        "enterprise", XINLIAN, "amount", 300.0, "date", "2026-05-10", "kind", "IP_PLEDGE")).execute()
                .path("recordFinancingDeal.deal.id").entity(String.class).get();
        String serviceCase = graphQl.documentName("openServiceCase").variable("input", input("kind",
                        "PATENT_NAVIGATION", "enterprise", XINLIAN, "opened", "2026-05-12", "subject", "导航")).execute()
                .path("openServiceCase.serviceCase.id").entity(String.class).get();

        countQueriesFromHere();
        graphQl.documentName("enterpriseUsccs").variable("first", 50).execute();
        int plain = queries.count();
        countQueriesFromHere();
        var response = graphQl.documentName("enterpriseOperations").variable("first", 50).execute();
        assertThat(queries.count()).isEqualTo(plain + 4);

        List<Map<String, Object>> firms = response.path("enterprises.edges[*].node").entityList(Map.class).get()
                .stream().map(m -> (Map<String, Object>) m).toList();
        Map<String, Object> xinlian = firms.stream().filter(f -> XINLIAN.equals(f.get("uscc"))).findFirst()
                .orElseThrow();
        assertThat((List<Map<String, Object>>) xinlian.get("officers"))
                .anySatisfy(o -> assertThat(o).containsEntry("id", OFFICER).containsEntry("name", "李特派"));
        assertThat((List<Map<String, Object>>) xinlian.get("visits")).anySatisfy(v -> assertThat(v)
                .containsEntry("id", visit).containsEntry("officer", OFFICER).containsEntry("date", "2026-05-04")
                .containsEntry("needs", List.of("专利布局")));
        assertThat((List<Map<String, Object>>) xinlian.get("financingDeals")).anySatisfy(d -> assertThat(d)
                .containsEntry("id", deal).containsEntry("funder", BANK).containsEntry("amount", 300.0)
                .containsEntry("kind", "IP_PLEDGE").containsEntry("pledgedPatents", List.of()));
        assertThat((List<Map<String, Object>>) xinlian.get("serviceCases")).anySatisfy(c -> assertThat(c)
                .containsEntry("id", serviceCase).containsEntry("kind", "PATENT_NAVIGATION")
                .containsEntry("opened", "2026-05-12").containsEntry("closed", null));
        assertThat(firms).allSatisfy(f -> assertThat(f).containsKeys("officers", "visits", "financingDeals",
                "serviceCases"));
    }
}
