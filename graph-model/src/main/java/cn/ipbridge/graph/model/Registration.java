package cn.ipbridge.graph.model;

import java.time.LocalDate;

/** A firm registered for an event on a day ({@code REGISTERED {date}}). */
public record Registration(String enterpriseUscc, LocalDate date) {
}
