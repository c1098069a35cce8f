package cn.ipbridge.graph.model;

/** A firm at an event, with how many of its people came. */
public record Attendance(String enterpriseUscc, int headcount) {
}
