package cn.ipbridge.graph.model;

/**
 * The kinds of case institutions handle for firms. {@code CONSULTATION} is a hotline consultation,
 * {@code EXPERT_CONSULTATION} one with an expert; custody, navigation, GB/T 29490 certification, pilot and
 * demonstration applications and pre-IPO services are recorded as cases too.
 */
public enum ServiceCaseKind {
    PRIORITY_EXAMINATION, FAST_PRE_EXAMINATION, RIGHTS_ASSISTANCE, OVERSEAS_DISPUTE, CONSULTATION,
    EXPERT_CONSULTATION, PATENT_NAVIGATION, IP_CUSTODY, GBT29490_CERTIFICATION, PILOT_APPLICATION, PRE_IPO_SERVICE
}
