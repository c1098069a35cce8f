package cn.ipbridge.api.matching;

/** A need of a firm, derived from the graph, with the evidence in words. */
record Need(NeedKind kind, String evidence) {
}
