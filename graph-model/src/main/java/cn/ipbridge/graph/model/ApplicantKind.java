package cn.ipbridge.graph.model;

/** What an applicant of a patent is in the graph, and so which label and key its node has. */
public enum ApplicantKind {
    /** An {@code Enterprise}, keyed by credit code. */
    ENTERPRISE,
    /** A {@code University}, keyed by name. */
    UNIVERSITY,
    /** An {@code Institution}, keyed by name. */
    INSTITUTION,
    /** Anyone not (yet) linked to one of the above: an {@code Applicant} node keyed by name. */
    OTHER;

    /**
     * Whether a patent with an applicant of this kind is a university or institute patent, one a firm could acquire
     * or license: both write paths then link it to its main class as {@code RESEARCH_PATENT_IN}.
     */
    public boolean research() {
        return this == UNIVERSITY || this == INSTITUTION;
    }
}
