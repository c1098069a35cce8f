package cn.ipbridge.api.operations;

import static cn.ipbridge.api.support.SmallGraph.KANGHUA;
import static cn.ipbridge.api.support.SmallGraph.P5;
import static cn.ipbridge.api.support.SmallGraph.PROTECTION_CENTRE;
import static cn.ipbridge.api.support.SmallGraph.SJTU;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code openServiceCase} (every kind), {@code recordCaseOutcome} and {@code recordBestCase}. */
class ServiceCaseGraphQlIT extends RecordsGraphTest {

    @Test
    void opensAPriorityExaminationRecordsItsOutcomeAndMakesItABestCase() {
        var opened = graphQl.documentName("openServiceCase").variable("input", input("kind", "PRIORITY_EXAMINATION",
                "enterprise", KANGHUA, "institution", PROTECTION_CENTRE, "opened", "2026-02-01",
                "outcome", "RECOMMENDED", "subject", P5, "patents", List.of(P5))).execute();
        String id = opened.path("openServiceCase.serviceCase.id").entity(String.class).get();
        opened.path("openServiceCase.serviceCase.patents").entityList(String.class).containsExactly(P5);

        var outcome = graphQl.documentName("recordCaseOutcome").variable("input", input("id", id,
                "outcome", "ACCEPTED", "closed", "2026-05-01")).execute();
        outcome.path("recordCaseOutcome.serviceCase.outcome").entity(String.class).isEqualTo("ACCEPTED");
        outcome.path("recordCaseOutcome.serviceCase.closed").entity(String.class).isEqualTo("2026-05-01");
        outcome.path("recordCaseOutcome.change.action").entity(String.class).isEqualTo("UPDATE");
        outcome.path("recordCaseOutcome.change.before").entity(String.class).matches(b -> b.contains("RECOMMENDED"));

        var best = graphQl.documentName("recordBestCase").variable("input", input("title", "优先审查助力新药专利授权",
                "writeUp", "三个月内获得授权。", "date", "2026-06-01", "enterprise", KANGHUA, "source", id)).execute();
        best.path("recordBestCase.bestCase.source").entity(String.class).isEqualTo(id);
        best.path("recordBestCase.change.entity").entity(String.class).isEqualTo("BestCase");
    }

    @Test
    void opensEveryKindOfCase() {
        for (String kind : List.of("FAST_PRE_EXAMINATION", "RIGHTS_ASSISTANCE", "OVERSEAS_DISPUTE", "CONSULTATION",
                "EXPERT_CONSULTATION", "PATENT_NAVIGATION", "IP_CUSTODY", "GBT29490_CERTIFICATION",
                "PILOT_APPLICATION", "PRE_IPO_SERVICE")) {
            graphQl.documentName("openServiceCase").variable("input", input("kind", kind, "enterprise", KANGHUA,
                    "institution", SJTU, "opened", "2026-02-01")).execute()
                    .path("openServiceCase.serviceCase.kind").entity(String.class).isEqualTo(kind);
        }
    }

    @Test
    void refusesBadCasesNamingTheFieldAndWritesNothing() {
        refused(graphQl.documentName("openServiceCase").variable("input", input("kind", "PRIORITY_EXAMINATION",
                "enterprise", KANGHUA, "opened", "2026-02-01", "outcome", "已授权")), "outcome");
        refused(graphQl.documentName("openServiceCase").variable("input", input("kind", "IP_CUSTODY",
                "enterprise", KANGHUA, "opened", "2026-02-01", "closed", "2026-01-01")), "closed");
        refused(graphQl.documentName("openServiceCase").variable("input", input("kind", "IP_CUSTODY",
                "enterprise", KANGHUA, "opened", "2026-02-01", "institution", "无名机构")), "institution");
        refused(graphQl.documentName("openServiceCase").variable("input", input("kind", "IP_CUSTODY",
                "enterprise", KANGHUA, "opened", "2026-02-01", "patents", List.of("not-a-number"))), "patents");
        refused(graphQl.documentName("recordCaseOutcome").variable("input", input("id", "SC-NONE",
                "outcome", "ACCEPTED")), "id");
        refused(graphQl.documentName("recordBestCase").variable("input", input("title", "案例", "writeUp", "内容",
                "date", "2026-06-01", "enterprise", KANGHUA, "source", "SC-NONE")), "source");
        var opened = graphQl.documentName("openServiceCase").variable("input", input("kind", "PRIORITY_EXAMINATION",
                "enterprise", KANGHUA, "opened", "2026-02-01")).execute();
        String id = opened.path("openServiceCase.serviceCase.id").entity(String.class).get();
        refused(graphQl.documentName("recordCaseOutcome").variable("input", input("id", id,
                "outcome", "驳回")), "outcome");
        refused(graphQl.documentName("recordCaseOutcome").variable("input", input("id", id,
                "outcome", "REJECTED", "closed", "2026-01-01")), "closed");
    }
}
