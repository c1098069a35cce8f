package cn.ipbridge.api.statistics;

/**
 * The {@code EnterpriseGrouping} enum: how to group firms, with the Cypher that yields
 * {@code key, label, labelEn, count, breakdown} rows (breakdown: firms by SRDI level within the group).
 */
enum EnterpriseGrouping {

    DISTRICT("""
            MATCH (g:District)
            OPTIONAL MATCH (g)<-[:LOCATED_IN]-(e:Enterprise)
            WITH g, e.srdiLevel AS level, count(e) AS n
            WITH g, sum(n) AS count, collect(CASE WHEN level IS NOT NULL THEN {key: level, count: n} END) AS breakdown
            RETURN g.adcode AS key, g.name AS label, g.nameEn AS labelEn, count, breakdown
            ORDER BY count DESC, key
            """),
    INDUSTRY("""
            MATCH (g:Industry)
            OPTIONAL MATCH (g)<-[:IN_INDUSTRY]-(e:Enterprise)
            WITH g, e.srdiLevel AS level, count(e) AS n
            WITH g, sum(n) AS count, collect(CASE WHEN level IS NOT NULL THEN {key: level, count: n} END) AS breakdown
            RETURN g.code AS key, g.name AS label, g.nameEn AS labelEn, count, breakdown
            ORDER BY count DESC, key
            """),
    SRDI_LEVEL("""
            UNWIND ['INNOVATIVE_SME', 'MUNICIPAL_SRDI', 'LITTLE_GIANT'] AS key
            RETURN key, null AS label, null AS labelEn, COUNT { (:Enterprise {srdiLevel: key}) } AS count,
                   [] AS breakdown
            """),
    SRDI_YEAR("""
            MATCH (e:Enterprise) WHERE e.srdiYear IS NOT NULL
            WITH e.srdiYear AS year, e.srdiLevel AS level, count(*) AS n
            WITH year, sum(n) AS count, collect(CASE WHEN level IS NOT NULL THEN {key: level, count: n} END) AS breakdown
            RETURN year AS key, null AS label, null AS labelEn, count, breakdown
            ORDER BY key
            """);

    final String cypher;

    EnterpriseGrouping(String cypher) {
        this.cypher = cypher;
    }
}
