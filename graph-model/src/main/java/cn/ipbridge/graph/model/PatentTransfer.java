package cn.ipbridge.graph.model;

import java.time.LocalDate;

/** A patent assigned ({@code TRANSFERRED_TO}) or licensed ({@code LICENSED_TO}) to an enterprise. */
public record PatentTransfer(String applicationNumber, String enterpriseUscc, LocalDate date, boolean licence) {
}
