package cn.ipbridge.api.operations;

import static cn.ipbridge.api.support.SmallGraph.MICRO;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code recordVisit}: a visit, its follow-up, and refusals that name the field and write nothing. */
class VisitGraphQlIT extends RecordsGraphTest {

    @Test
    void recordsAVisitAndItsFollowUpWithTheirChanges() {
        var first = graphQl.documentName("recordVisit").variable("input", input("officer", OFFICER,
                "enterprise", MICRO, "date", "2026-03-02", "notes", "走访", "needs", List.of("专利质押融资"),
                "servicesReferred", List.of("质押融资对接"), "followUpDate", "2026-04-02")).execute();
        String id = first.path("recordVisit.visit.id").entity(String.class).get();
        first.path("recordVisit.visit.enterprise").entity(String.class).isEqualTo(MICRO);
        first.path("recordVisit.visit.needs").entityList(String.class).containsExactly("专利质押融资");
        first.path("recordVisit.change.action").entity(String.class).isEqualTo("CREATE");
        first.path("recordVisit.change.entity").entity(String.class).isEqualTo("Visit");
        first.path("recordVisit.change.key").entity(String.class).isEqualTo(id);
        first.path("recordVisit.change.before").valueIsNull();
        first.path("recordVisit.change.after").entity(String.class).satisfies(after ->
                assertThat(after).contains("\"followUpDate\":\"2026-04-02\"", "\"officer\":\"" + OFFICER + "\""));

        graphQl.documentName("recordVisit").variable("input", input("officer", OFFICER, "enterprise", MICRO,
                        "date", "2026-04-03", "followsUp", id)).execute()
                .path("recordVisit.visit.followsUp").entity(String.class).isEqualTo(id);
        assertThat(driver.executableQuery("""
                MATCH (:Visit)-[:FOLLOWS_UP]->(v:Visit {id: $id}) RETURN count(*) AS n""")
                .withParameters(java.util.Map.of("id", id)).execute().records().get(0).get("n").asLong())
                .isEqualTo(1);
    }

    @Test
    void refusesBadVisitsNamingTheFieldAndWritesNothing() {
        refused(graphQl.documentName("recordVisit").variable("input", input("officer", "NOBODY",
                "enterprise", MICRO, "date", "2026-03-02")), "officer");
        refused(graphQl.documentName("recordVisit").variable("input", input("officer", OFFICER,
                "enterprise", "91310115591693856B", "date", "2026-03-02")), "enterprise");
        refused(graphQl.documentName("recordVisit").variable("input", input("officer", OFFICER,
                "enterprise", MICRO, "date", "2026-03-02", "followUpDate", "2026-03-01")), "followUpDate");
        refused(graphQl.documentName("recordVisit").variable("input", input("officer", OFFICER,
                "enterprise", MICRO, "date", "2026-03-02", "followsUp", "VIS-NONE")), "followsUp");
    }
}
