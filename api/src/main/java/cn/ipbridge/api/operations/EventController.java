package cn.ipbridge.api.operations;

import java.time.LocalDate;
import java.util.Map;

import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.graph.model.Event;
import cn.ipbridge.graph.model.EventKind;

/** Resolves {@code recordEvent}, {@code registerForEvent} and {@code recordAttendance}. */
@Controller
class EventController {

    record EventInput(String title, EventKind kind, LocalDate date, String district, String host) {
    }

    record RegistrationInput(String event, String enterprise, LocalDate date) {
    }

    record AttendanceInput(String event, String enterprise, Integer headcount) {
    }

    private final Records records;

    EventController(Records records) {
        this.records = records;
    }

    @MutationMapping
    Map<String, Object> recordEvent(@Argument EventInput input, GraphQLContext context) {
        Event event = new Event(null, Fields.text("title", input.title()), Fields.required("kind", input.kind()),
                Fields.required("date", input.date()), Fields.optionalText("district", input.district()),
                Fields.optionalText("host", input.host()), null);
        return records.write("event", w -> w.events().create(event, CurrentActor.of(context)));
    }

    @MutationMapping
    Map<String, Object> registerForEvent(@Argument RegistrationInput input, GraphQLContext context) {
        String event = Fields.text("event", input.event());
        String uscc = Fields.uscc("enterprise", input.enterprise());
        LocalDate date = Fields.required("date", input.date());
        return records.write("registration", w -> w.events().register(event, uscc, date, CurrentActor.of(context)));
    }

    @MutationMapping
    Map<String, Object> recordAttendance(@Argument AttendanceInput input, GraphQLContext context) {
        String event = Fields.text("event", input.event());
        String uscc = Fields.uscc("enterprise", input.enterprise());
        int headcount = Fields.atLeast("headcount", input.headcount(), 1);
        return records.write("attendance", w -> w.events().attend(event, uscc, headcount, CurrentActor.of(context)));
    }
}
