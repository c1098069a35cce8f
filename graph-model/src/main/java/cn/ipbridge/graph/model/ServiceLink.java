package cn.ipbridge.graph.model;

import java.time.LocalDate;

/** An institution serving an enterprise ({@code SERVES}), with which service and since when. */
public record ServiceLink(String institutionName, String enterpriseUscc, String service, LocalDate since) {
}
