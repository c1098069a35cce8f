package cn.ipbridge.graph.model;

/** What a notice carries: laws and regulations, policies, calls for projects, programme news, typical cases. */
public enum NoticeKind {
    LAW, POLICY, CALL, NEWS, TYPICAL_CASE
}
