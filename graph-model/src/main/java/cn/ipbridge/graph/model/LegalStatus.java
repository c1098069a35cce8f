package cn.ipbridge.graph.model;

/** Where a patent stands in law. */
public enum LegalStatus {
    PENDING, GRANTED, LAPSED, INVALIDATED, EXPIRED
}
