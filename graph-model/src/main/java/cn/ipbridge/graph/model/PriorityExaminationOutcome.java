package cn.ipbridge.graph.model;

/** The outcome of a priority-examination recommendation (优先审查推荐). */
public enum PriorityExaminationOutcome {
    RECOMMENDED, ACCEPTED, REJECTED
}
