package cn.ipbridge.graph.model;

/** The kinds of case the protection centre and other institutions handle for firms. */
public enum ServiceCaseKind {
    PRIORITY_EXAMINATION, FAST_PRE_EXAMINATION, RIGHTS_ASSISTANCE, OVERSEAS_DISPUTE, CONSULTATION
}
