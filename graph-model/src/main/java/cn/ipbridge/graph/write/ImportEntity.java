package cn.ipbridge.graph.write;

import java.util.Locale;
import java.util.Set;

/**
 * What a file import writes: the node's label and key, the relationship types a changed node always gets anew
 * from the file ({@code owned}), and any further clause for the node (a University is also an Institution).
 * The statements are built from these constants only; every value from a file is a parameter.
 */
public enum ImportEntity {
    ENTERPRISES("Enterprise", "uscc", Set.of(), ""),
    PATENTS("Patent", "applicationNumber", Set.of("APPLIED_BY", "CLASSIFIED_AS"), ""),
    UNIVERSITIES("University", "name", Set.of(), "SET n:Institution"),
    INSTITUTIONS("Institution", "name", Set.of(), ""),
    FUNDERS("Funder", "name", Set.of(), "");

    private final String label;
    private final String key;
    private final Set<String> owned;
    private final String nodeClause;

    ImportEntity(String label, String key, Set<String> owned, String nodeClause) {
        this.label = label;
        this.key = key;
        this.owned = owned;
        this.nodeClause = nodeClause;
    }

    String nodeLabel() {
        return label;
    }

    String key() {
        return key;
    }

    /** Relationship types a changed node of this entity always loses before its links from the file are made. */
    public Set<String> owned() {
        return owned;
    }

    String nodeClause() {
        return nodeClause;
    }

    /** The lower-case name used in reports, e.g. "patents". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
