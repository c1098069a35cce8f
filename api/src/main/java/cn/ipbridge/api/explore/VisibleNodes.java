package cn.ipbridge.api.explore;

import cn.ipbridge.api.security.RowScope;

/**
 * Which nodes a caller may see in a drawn graph, as a Cypher predicate over a node variable, so a neighbourhood or
 * path is limited inside its query. ADMIN and STAFF see every node. A scoped caller (DISTRICT) sees its firms
 * ({@link RowScope#firm}), its events, the deals and cases it may see, the visits, best cases, officers and
 * trademarks of its firms, and the public nodes in {@link #PUBLIC}; any other node, above all another district's
 * firm and its records, is hidden, and a path through it is not followed.
 */
final class VisibleNodes {

    /** Labels anyone may see: public facts and directories (a Cypher list; fixed text, no client value). */
    static final String PUBLIC = "['Patent', 'IpcClass', 'Institution', 'University', 'Applicant', 'Funder', "
            + "'Expert', 'District', 'Industry', 'Notice', 'KeyList', 'Topic']";

    private VisibleNodes() {
    }

    /** A predicate: the node bound to {@code x} is one the caller may see; {@code true} for ADMIN and STAFF. */
    static String predicate(RowScope scope, String x) {
        if (scope.unrestricted()) {
            return "true";
        }
        String firm = x + "Firm";
        return """
                CASE
                  WHEN %1$s:Enterprise THEN %2$s
                  WHEN %1$s:Visit THEN EXISTS { (%1$s)-[:AT]->(%3$s:Enterprise) WHERE %4$s }
                  WHEN %1$s:BestCase THEN EXISTS { (%1$s)-[:ABOUT]->(%3$s:Enterprise) WHERE %4$s }
                  WHEN %1$s:Officer THEN EXISTS { (%1$s)-[:ASSIGNED_TO]->(%3$s:Enterprise) WHERE %4$s }
                  WHEN %1$s:Trademark THEN EXISTS { (%3$s:Enterprise)-[:OWNS]->(%1$s) WHERE %4$s }
                  WHEN %1$s:FinancingDeal THEN %5$s
                  WHEN %1$s:ServiceCase THEN %6$s
                  WHEN %1$s:Event THEN %7$s
                  ELSE any(label IN labels(%1$s) WHERE label IN %8$s)
                END""".formatted(x, scope.firm(x), firm, scope.firm(firm), scope.deal(x), scope.serviceCase(x),
                scope.event(x), PUBLIC);
    }
}
