package cn.ipbridge.graph.generator;

/**
 * What the generator writes, in the order it writes it: everything a record links to is written before it, and
 * the firms' derived patent profiles right after the patents.
 */
public enum GeneratedEntity {
    INSTITUTIONS, UNIVERSITIES, FUNDERS, ENTERPRISES, TRADEMARKS, PATENTS, FIRM_PROFILES, CITATIONS, TRANSFERS,
    SERVICE_LINKS, OFFICERS, EXPERTS, VISITS, EVENTS, FINANCING_DEALS, SERVICE_CASES, BEST_CASES, NOTICES
}
