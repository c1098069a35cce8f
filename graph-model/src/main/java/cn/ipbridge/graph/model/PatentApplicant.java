package cn.ipbridge.graph.model;

/**
 * One applicant of a patent.
 *
 * @param key   the credit code for an enterprise, the name otherwise
 * @param order 1 for the first-named applicant
 */
public record PatentApplicant(ApplicantKind kind, String key, int order) {
}
