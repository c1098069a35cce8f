package cn.ipbridge.graph.write;

import java.util.List;

/**
 * What an imported row can link to: the relationship type and the target's label and key. Targets are resolved
 * in Java before writing (applicants by {@code ApplicantLinker}, IPC codes by {@code IpcIndex}), so the write
 * statements only look nodes up by key. An {@link #OTHER_APPLICANT} is created when missing; every other target
 * must exist, or the link is not made.
 */
public enum LinkTarget {
    ENTERPRISE_APPLICANT("APPLIED_BY", "Enterprise", "uscc", "order", "linkedBy"),
    UNIVERSITY_APPLICANT("APPLIED_BY", "University", "name", "order", "linkedBy"),
    INSTITUTION_APPLICANT("APPLIED_BY", "Institution", "name", "order", "linkedBy"),
    OTHER_APPLICANT("APPLIED_BY", "Applicant", "name", "order"),
    IPC_CLASS("CLASSIFIED_AS", "IpcClass", "code", "main"),
    /**
     * {@code (Patent)-[:RESEARCH_PATENT_IN]->(IpcClass)}: the main class of a patent a university or institute
     * applied for, beside its {@code CLASSIFIED_AS}, so that the patents a firm could acquire are found from a class
     * without reading every patent there (derived from the row's applicants and main class by the writers).
     */
    RESEARCH_CLASS("RESEARCH_PATENT_IN", "IpcClass", "code"),
    DISTRICT("LOCATED_IN", "District", "adcode"),
    INDUSTRY("IN_INDUSTRY", "Industry", "code"),
    /** {@code (Enterprise)-[:OWNS]->(Trademark)}. */
    TRADEMARK_OWNER("<OWNS", "Enterprise", "uscc"),
    PREFERRED_INDUSTRY("PREFERS", "Industry", "code"),
    /** {@code (Funder)-[:PROVIDED]->(FinancingDeal)}. */
    DEAL_FUNDER("<PROVIDED", "Funder", "name"),
    DEAL_ENTERPRISE("TO", "Enterprise", "uscc"),
    PLEDGED_PATENT("SECURED_BY", "Patent", "applicationNumber"),
    PLEDGED_TRADEMARK("SECURED_BY", "Trademark", "registrationNumber"),
    ASSIGNED_ENTERPRISE("ASSIGNED_TO", "Enterprise", "uscc"),
    /** {@code (Institution)-[:HOSTED]->(Event)}. */
    EVENT_HOST("<HOSTED", "Institution", "name"),
    /** {@code (Enterprise)-[:ATTENDED {headcount}]->(Event)}. */
    EVENT_ATTENDEE("<ATTENDED", "Enterprise", "uscc", "headcount"),
    VISIT_OFFICER("BY", "Officer", "id"),
    VISITED_ENTERPRISE("AT", "Enterprise", "uscc"),
    CASE_ENTERPRISE("FOR", "Enterprise", "uscc"),
    CASE_INSTITUTION("HANDLED_BY", "Institution", "name"),
    IPC_PARENT("PARENT", "IpcClass", "code");

    private final String type;
    private final boolean incoming;
    private final String label;
    private final String key;
    private final List<String> properties;

    /** {@code type} starting with {@code <}: the relationship points from the target to the imported node. */
    LinkTarget(String type, String label, String key, String... properties) {
        this.incoming = type.startsWith("<");
        this.type = incoming ? type.substring(1) : type;
        this.label = label;
        this.key = key;
        this.properties = List.of(properties);
    }

    /** The relationship's properties, written inline on CREATE (a {@code SET rel = map} would need an Eager). */
    List<String> properties() {
        return properties;
    }

    public String type() {
        return type;
    }

    /** Whether the relationship points from the target to the imported node. */
    boolean incoming() {
        return incoming;
    }

    String label() {
        return label;
    }

    String key() {
        return key;
    }

    boolean createdWhenMissing() {
        return this == OTHER_APPLICANT;
    }
}
