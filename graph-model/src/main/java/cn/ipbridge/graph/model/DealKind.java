package cn.ipbridge.graph.model;

/** The kinds of financing deal the programme records. */
public enum DealKind {
    IP_PLEDGE, IP_INSURANCE, GUARANTEE, EQUITY, SECURITISATION
}
