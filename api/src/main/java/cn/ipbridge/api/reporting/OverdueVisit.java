package cn.ipbridge.api.reporting;

import java.time.LocalDate;
import java.util.List;

import cn.ipbridge.api.enterprise.Enterprise;

/** A key firm overdue for a visit: its officers and its last visit (null: never visited). */
record OverdueVisit(Enterprise enterprise, List<ResponsibleOfficer> officers, LocalDate lastVisit) {

    /** An officer (知识产权特派员) assigned to the firm. */
    record ResponsibleOfficer(String id, String name) {
    }
}
