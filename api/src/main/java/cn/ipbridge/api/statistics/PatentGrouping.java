package cn.ipbridge.api.statistics;

/**
 * The {@code PatentGrouping} enum: how to group patents, with Cypher that yields
 * {@code key, label, labelEn, count, breakdown} rows for all patents or for one firm's ({@code $uscc}).
 */
enum PatentGrouping {

    FILING_YEAR(byYear("filingDate")),
    GRANT_YEAR(byYear("grantDate")),
    TYPE(byProperty("type", "legalStatus")),
    LEGAL_STATUS(byProperty("legalStatus", "type")),
    /** Sections, or the children of {@code $parent}; a patent counts in every class it falls in or under. */
    IPC("""
            CALL () {
              OPTIONAL MATCH (top:IpcClass {level: 'SECTION'}) WHERE $parent IS NULL
              RETURN top AS c
              UNION
              OPTIONAL MATCH (:IpcClass {code: $parent})<-[:PARENT]-(child:IpcClass)
              RETURN child AS c
            }
            WITH c WHERE c IS NOT NULL
            CALL (c) {
              MATCH (c)<-[:PARENT*0..]-(:IpcClass)<-[:CLASSIFIED_AS]-(p:Patent)
              %s
              WITH DISTINCT p
              WITH p.type AS type, count(*) AS n
              RETURN sum(n) AS count, collect({key: type, count: n}) AS breakdown
            }
            WITH c, count, breakdown WHERE count > 0
            RETURN c.code AS key, c.titleZh AS label, c.titleEn AS labelEn, count, breakdown
            ORDER BY count DESC, key
            """),
    /** The IPC subclasses (e.g. H01L) the patents fall under, most patents first: a portfolio's technology mix. */
    IPC_SUBCLASS("""
            %s
            MATCH (p)-[:CLASSIFIED_AS]->(:IpcClass)-[:PARENT*0..]->(c:IpcClass {level: 'SUBCLASS'})
            WITH c, count(DISTINCT p) AS count
            RETURN c.code AS key, c.titleZh AS label, c.titleEn AS labelEn, count, [] AS breakdown
            ORDER BY count DESC, key
            """);

    private static final String ALL_PATENTS = "MATCH (p:Patent)";
    private static final String FIRM_PATENTS = "MATCH (:Enterprise {uscc: $uscc})<-[:APPLIED_BY]-(p:Patent)";
    private static final String FIRM_CONDITION = "WHERE EXISTS { (p)-[:APPLIED_BY]->(:Enterprise {uscc: $uscc}) }";

    private final String template;

    PatentGrouping(String template) {
        this.template = template;
    }

    /** The query over all patents, or over those of the firm {@code $uscc}. */
    String cypher(boolean oneFirm) {
        if (this == IPC) {
            return template.formatted(oneFirm ? FIRM_CONDITION : "");
        }
        return template.formatted(oneFirm ? FIRM_PATENTS : ALL_PATENTS);
    }

    private static String byYear(String dateProperty) {
        return """
                %%s
                WITH p WHERE p.%1$s IS NOT NULL
                WITH p.%1$s.year AS year, p.type AS type, count(*) AS n
                WITH year, sum(n) AS count, collect({key: type, count: n}) AS breakdown
                RETURN year AS key, null AS label, null AS labelEn, count, breakdown
                ORDER BY key
                """.formatted(dateProperty);
    }

    private static String byProperty(String property, String breakdownProperty) {
        return """
                %%s
                WITH p.%1$s AS key, p.%2$s AS sub, count(*) AS n
                WITH key, sum(n) AS count, collect({key: sub, count: n}) AS breakdown
                RETURN key, null AS label, null AS labelEn, count, breakdown
                ORDER BY count DESC, key
                """.formatted(property, breakdownProperty);
    }
}
