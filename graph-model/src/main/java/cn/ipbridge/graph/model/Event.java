package cn.ipbridge.graph.model;

import java.time.LocalDate;
import java.util.List;

/** A training session, matchmaking session, exhibition or exchange, its host and who attended. */
public record Event(
        String id,
        String title,
        EventKind kind,
        LocalDate date,
        String districtAdcode,
        String hostName,
        List<Attendance> attendance) {

    public Event {
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
    }
}
