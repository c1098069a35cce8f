package cn.ipbridge.api.operations;

import static cn.ipbridge.api.support.SmallGraph.MICRO;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.ipbridge.api.security.AccountService;
import cn.ipbridge.api.security.Role;

/**
 * The audit trail: who made each change (the signed-in account; the actor header cannot override it), filtered by
 * entity and key, paged newest first.
 */
class ChangeGraphQlIT extends RecordsGraphTest {

    @Autowired
    AccountService accounts;

    @Test
    void keepsWhoChangedWhatAndPagesTheTrailNewestFirst() {
        String token = tokenFor(accounts, "alice", Role.STAFF);
        var alice = graphQl.mutate().headers(h -> h.set("Authorization", "Bearer " + token))
                .header(CurrentActor.HEADER, "mallory").build();
        graphQl.documentName("changeSrdiLevel").variable("input", input("enterprise", MICRO, "level",
                "MUNICIPAL_SRDI", "year", 2024)).execute();
        alice.documentName("changeSrdiLevel").variable("input", input("enterprise", MICRO, "level",
                "LITTLE_GIANT", "year", 2025)).execute().path("changeSrdiLevel.change.actor").entity(String.class)
                .isEqualTo("alice");

        var page = graphQl.documentName("changes").variable("entity", "Enterprise").variable("key", MICRO)
                .variable("since", "2020-01-01").variable("first", 1).execute();
        page.path("changes.edges[0].node.actor").entity(String.class).isEqualTo("alice");
        page.path("changes.edges[0].node.after").entity(String.class)
                .satisfies(a -> assertThat(a).contains("\"srdiYear\":2025"));
        page.path("changes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        String cursor = page.path("changes.pageInfo.endCursor").entity(String.class).get();
        graphQl.documentName("changes").variable("entity", "Enterprise").variable("key", MICRO)
                .variable("first", 1).variable("after", cursor).execute()
                .path("changes.edges[0].node.actor").entity(String.class).isEqualTo("test-staff");

        graphQl.documentName("changes").variable("since", "yesterday").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("since")));
    }
}
