package cn.ipbridge.graph.write;

/**
 * What an imported row can link to: the relationship type and the target's label and key. Targets are resolved
 * in Java before writing (applicants by {@code ApplicantLinker}, IPC codes by {@code IpcIndex}), so the write
 * statements only look nodes up by key. An {@link #OTHER_APPLICANT} is created when missing; every other target
 * must exist, or the link is not made.
 */
public enum LinkTarget {
    ENTERPRISE_APPLICANT("APPLIED_BY", "Enterprise", "uscc"),
    UNIVERSITY_APPLICANT("APPLIED_BY", "University", "name"),
    INSTITUTION_APPLICANT("APPLIED_BY", "Institution", "name"),
    OTHER_APPLICANT("APPLIED_BY", "Applicant", "name"),
    IPC_CLASS("CLASSIFIED_AS", "IpcClass", "code"),
    DISTRICT("LOCATED_IN", "District", "adcode"),
    INDUSTRY("IN_INDUSTRY", "Industry", "code");

    private final String type;
    private final String label;
    private final String key;

    LinkTarget(String type, String label, String key) {
        this.type = type;
        this.label = label;
        this.key = key;
    }

    public String type() {
        return type;
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
