package cn.ipbridge.graph.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.ipbridge.graph.model.Event;
import cn.ipbridge.graph.write.AuditedWrite.Check;
import cn.ipbridge.graph.write.AuditedWrite.Reference;

/** Records events, firms' registrations ({@code REGISTERED {date}}) and attendance ({@code ATTENDED {headcount}}). */
public final class EventRecords {

    private static final String CREATE = """
            CREATE (ev:Event {id: $id, title: $title, kind: $kind, date: $date})
            WITH ev
            CALL (ev) {
              MATCH (d:District {adcode: $districtAdcode})
              CREATE (ev)-[:LOCATED_IN]->(d)
            }
            CALL (ev) {
              MATCH (h:Institution {name: $hostName})
              CREATE (h)-[:HOSTED]->(ev)
            }
            RETURN ev {.*, district: $districtAdcode, host: $hostName} AS record
            """;

    private static final String REGISTRATION = """
            MATCH (e:Enterprise {uscc: $uscc})-[r:REGISTERED]->(ev:Event {id: $event})
            RETURN {event: ev.id, enterprise: e.uscc, date: r.date} AS record
            """;

    private static final String REGISTER = """
            MATCH (e:Enterprise {uscc: $uscc}), (ev:Event {id: $event})
            MERGE (e)-[r:REGISTERED]->(ev)
            SET r.date = $date
            RETURN {event: ev.id, enterprise: e.uscc, date: r.date} AS record
            """;

    private static final String ATTENDANCE = """
            MATCH (e:Enterprise {uscc: $uscc})-[a:ATTENDED]->(ev:Event {id: $event})
            RETURN {event: ev.id, enterprise: e.uscc, headcount: a.headcount} AS record
            """;

    private static final String ATTEND = """
            MATCH (e:Enterprise {uscc: $uscc}), (ev:Event {id: $event})
            MERGE (e)-[a:ATTENDED]->(ev)
            SET a.headcount = $headcount
            RETURN {event: ev.id, enterprise: e.uscc, headcount: a.headcount} AS record
            """;

    private final AuditedWrite audited;

    EventRecords(AuditedWrite audited) {
        this.audited = audited;
    }

    /** Creates the event (its attendance and registrations are recorded one firm at a time). */
    public Recorded create(Event event, String actor) {
        String id = RecordIds.orNew(event.id(), "EVT");
        List<Check> checks = new ArrayList<>(List.of(Reference.absent("id", "Event", "id", id)));
        if (event.districtAdcode() != null) {
            checks.add(Reference.existing("district", "District", "adcode", event.districtAdcode()));
        }
        if (event.hostName() != null) {
            checks.add(Reference.existing("host", "Institution", "name", event.hostName()));
        }
        var parameters = Row.of().put("id", id).put("title", event.title()).put("kind", event.kind())
                .put("date", event.date()).put("districtAdcode", event.districtAdcode())
                .put("hostName", event.hostName()).map();
        return audited.run(actor, "Event", id, checks, null, CREATE, parameters);
    }

    /** Registers a firm for an event, or moves its registration date. */
    public Recorded register(String eventId, String uscc, LocalDate date, String actor) {
        var parameters = Row.of().put("event", eventId).put("uscc", uscc).put("date", date).map();
        return audited.run(actor, "Registration", eventId + "/" + uscc, links(eventId, uscc),
                REGISTRATION, REGISTER, parameters);
    }

    /** Records how many people a firm sent to an event, replacing an earlier figure. */
    public Recorded attend(String eventId, String uscc, int headcount, String actor) {
        var parameters = Row.of().put("event", eventId).put("uscc", uscc).put("headcount", headcount).map();
        return audited.run(actor, "Attendance", eventId + "/" + uscc, links(eventId, uscc),
                ATTENDANCE, ATTEND, parameters);
    }

    private static List<Check> links(String eventId, String uscc) {
        return List.of(Reference.existing("event", "Event", "id", eventId),
                Reference.existing("enterprise", "Enterprise", "uscc", uscc));
    }
}
