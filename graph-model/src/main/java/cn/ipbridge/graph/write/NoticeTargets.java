package cn.ipbridge.graph.write;

/**
 * The Cypher condition picking the firms a notice reaches, over {@code e:Enterprise} and a notice's target lists
 * in {@code industries}, {@code districts}, {@code srdiLevels}, {@code ipSituations} (an empty list means any).
 */
final class NoticeTargets {

    static final String MATCHING_FIRMS = """
            MATCH (e:Enterprise)
            WHERE (size(industries) = 0 OR EXISTS { (e)-[:IN_INDUSTRY]->(i:Industry) WHERE i.code IN industries })
              AND (size(districts) = 0 OR EXISTS { (e)-[:LOCATED_IN]->(d:District) WHERE d.adcode IN districts })
              AND (size(srdiLevels) = 0 OR e.srdiLevel IN srdiLevels)
              AND (NOT 'NO_INVENTION_PATENT' IN ipSituations
                   OR NOT EXISTS { (p:Patent {type: 'INVENTION', legalStatus: 'GRANTED'})-[:APPLIED_BY]->(e) })
              AND (NOT 'HAS_INVENTION_PATENT' IN ipSituations
                   OR EXISTS { (p:Patent {type: 'INVENTION', legalStatus: 'GRANTED'})-[:APPLIED_BY]->(e) })
              AND (NOT 'KEY_TRADEMARK' IN ipSituations
                   OR EXISTS { (e)-[:OWNS]->(t:Trademark) WHERE t.keyProtection })
              AND (NOT 'PLEDGED_IP' IN ipSituations
                   OR EXISTS { (deal:FinancingDeal)-[:TO]->(e) WHERE EXISTS { (deal)-[:SECURED_BY]->() } })
            """;

    private NoticeTargets() {
    }
}
