package cn.ipbridge.graph.write;

import java.util.Locale;
import java.util.Set;

/**
 * What a file import writes: the node's label and key, the relationship types a changed node always gets anew
 * from the file ({@code owned}), what its rows may link to, and any further clause for the node (a University is also an Institution).
 * Most entities are nodes with their links; {@link #ATTENDANCE} is links only.
 * The statements are built from these constants only; every value from a file is a parameter.
 */
public enum ImportEntity {
    ENTERPRISES("Enterprise", "uscc", Set.of(), "", LinkTarget.DISTRICT, LinkTarget.INDUSTRY),
    PATENTS("Patent", "applicationNumber", Set.of("APPLIED_BY", "CLASSIFIED_AS", "RESEARCH_PATENT_IN"), "",
            LinkTarget.ENTERPRISE_APPLICANT, LinkTarget.UNIVERSITY_APPLICANT, LinkTarget.INSTITUTION_APPLICANT,
            LinkTarget.OTHER_APPLICANT, LinkTarget.IPC_CLASS, LinkTarget.RESEARCH_CLASS),
    UNIVERSITIES("University", "name", Set.of(), "SET n:Institution", LinkTarget.DISTRICT),
    INSTITUTIONS("Institution", "name", Set.of(), "", LinkTarget.DISTRICT),
    FUNDERS("Funder", "name", Set.of(), "", LinkTarget.PREFERRED_INDUSTRY),
    TRADEMARKS("Trademark", "registrationNumber", Set.of(), "", LinkTarget.TRADEMARK_OWNER),
    DEALS("FinancingDeal", "id", Set.of("PROVIDED", "TO", "SECURED_BY"), "", LinkTarget.DEAL_FUNDER,
            LinkTarget.DEAL_ENTERPRISE, LinkTarget.PLEDGED_PATENT, LinkTarget.PLEDGED_TRADEMARK),
    OFFICERS("Officer", "id", Set.of(), "", LinkTarget.DISTRICT, LinkTarget.ASSIGNED_ENTERPRISE),
    EVENTS("Event", "id", Set.of(), "", LinkTarget.DISTRICT, LinkTarget.EVENT_HOST, LinkTarget.EVENT_ATTENDEE),
    /** The firms at an event and how many people each sent, from a sign-in sheet (see {@link #linksOnly}). */
    ATTENDANCE("Event", "id", Set.of(), "", LinkTarget.EVENT_ATTENDEE),
    VISITS("Visit", "id", Set.of("BY", "AT"), "", LinkTarget.VISIT_OFFICER, LinkTarget.VISITED_ENTERPRISE),
    SERVICE_CASES("ServiceCase", "id", Set.of("FOR", "HANDLED_BY"), "", LinkTarget.CASE_ENTERPRISE,
            LinkTarget.CASE_INSTITUTION),
    IPC_CLASSES("IpcClass", "code", Set.of(), "", LinkTarget.IPC_PARENT);

    private final String label;
    private final String key;
    private final Set<String> owned;
    private final String nodeClause;
    private final Set<LinkTarget> targets;

    ImportEntity(String label, String key, Set<String> owned, String nodeClause, LinkTarget... targets) {
        this.label = label;
        this.key = key;
        this.owned = owned;
        this.nodeClause = nodeClause;
        this.targets = Set.of(targets);
    }

    /** What rows of this entity may link to; {@code ImportStatementsIT} checks the plans of exactly these. */
    public Set<LinkTarget> targets() {
        return targets;
    }

    String nodeLabel() {
        return label;
    }

    String key() {
        return key;
    }

    /** Whether this entity's links of a type point at it (e.g. a Trademark is OWNED by an Enterprise). */
    boolean linkedIncoming(String type) {
        return targets.stream().anyMatch(t -> t.type().equals(type) && t.incoming());
    }

    /** Relationship types a changed node of this entity always loses before its links from the file are made. */
    public Set<String> owned() {
        return owned;
    }

    /**
     * Whether rows of this entity only link nodes that another kind writes (attendance: firms to events already
     * imported). The node is matched, never created, and gets no {@code importHash} (that is its own kind's); what
     * the graph holds is read from the links themselves ({@link LinkState}), so links another writer made or
     * changed (an events file's attendance cell, the API's {@code recordAttendance}) are seen as they are.
     */
    public boolean linksOnly() {
        return this == ATTENDANCE;
    }

    String nodeClause() {
        return nodeClause;
    }

    /** The lower-case name used in reports, e.g. "patents". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
