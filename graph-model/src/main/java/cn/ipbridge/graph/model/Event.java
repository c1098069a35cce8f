package cn.ipbridge.graph.model;

import java.time.LocalDate;
import java.util.List;

/** A training session, matchmaking session, exhibition or exchange, its host, who registered and who attended. */
public record Event(
        String id,
        String title,
        EventKind kind,
        LocalDate date,
        String districtAdcode,
        String hostName,
        List<Attendance> attendance,
        List<Registration> registrations) {

    public Event {
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
        registrations = registrations == null ? List.of() : List.copyOf(registrations);
    }

    public Event(String id, String title, EventKind kind, LocalDate date, String districtAdcode, String hostName,
                 List<Attendance> attendance) {
        this(id, title, kind, date, districtAdcode, hostName, attendance, List.of());
    }
}
