package cn.ipbridge.graph.model;

/** The kinds of organisation that finance firms against or alongside their IP. */
public enum FunderType {
    BANK, GUARANTOR, INSURER, INVESTOR, GOVERNMENT_FUND
}
