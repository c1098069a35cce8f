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
    OTHER
}
