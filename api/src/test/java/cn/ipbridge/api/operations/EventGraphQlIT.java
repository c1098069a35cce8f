package cn.ipbridge.api.operations;

import static cn.ipbridge.api.support.SmallGraph.PROTECTION_CENTRE;
import static cn.ipbridge.api.support.SmallGraph.XINLIAN;

import org.junit.jupiter.api.Test;

/** {@code recordEvent}, {@code registerForEvent}, {@code recordAttendance}. */
class EventGraphQlIT extends RecordsGraphTest {

    @Test
    void recordsAnEventWithARegistrationAndAttendance() {
        var event = graphQl.documentName("recordEvent").variable("input", input("title", "专利质押融资培训",
                "kind", "TRAINING", "date", "2026-05-20", "district", "310104", "host", PROTECTION_CENTRE)).execute();
        String id = event.path("recordEvent.event.id").entity(String.class).get();
        event.path("recordEvent.event.host").entity(String.class).isEqualTo(PROTECTION_CENTRE);
        event.path("recordEvent.change.entity").entity(String.class).isEqualTo("Event");

        var registered = graphQl.documentName("registerForEvent").variable("input", input("event", id,
                "enterprise", XINLIAN, "date", "2026-05-10")).execute();
        registered.path("registerForEvent.registration.date").entity(String.class).isEqualTo("2026-05-10");
        registered.path("registerForEvent.change.action").entity(String.class).isEqualTo("CREATE");
        graphQl.documentName("registerForEvent").variable("input", input("event", id, "enterprise", XINLIAN,
                "date", "2026-05-12")).execute().path("registerForEvent.change.action").entity(String.class)
                .isEqualTo("UPDATE");

        var attended = graphQl.documentName("recordAttendance").variable("input", input("event", id,
                "enterprise", XINLIAN, "headcount", 3)).execute();
        attended.path("recordAttendance.attendance.headcount").entity(Integer.class).isEqualTo(3);
        attended.path("recordAttendance.change.key").entity(String.class).isEqualTo(id + "/" + XINLIAN);
    }

    @Test
    void refusesBadEventsNamingTheFieldAndWritesNothing() {
        refused(graphQl.documentName("recordEvent").variable("input", input("title", " ", "kind", "EXHIBITION",
                "date", "2026-05-20")), "title");
        refused(graphQl.documentName("recordEvent").variable("input", input("title", "展会", "kind", "EXHIBITION",
                "date", "2026-05-20", "host", "不存在的机构")), "host");
        refused(graphQl.documentName("recordEvent").variable("input", input("title", "展会", "kind", "EXHIBITION",
                "date", "2026-05-20", "district", "999999")), "district");
        refused(graphQl.documentName("registerForEvent").variable("input", input("event", "EVT-NONE",
                "enterprise", XINLIAN, "date", "2026-05-10")), "event");
        refused(graphQl.documentName("recordAttendance").variable("input", input("event", "EVT-NONE",
                "enterprise", XINLIAN, "headcount", 0)), "headcount");
    }
}
