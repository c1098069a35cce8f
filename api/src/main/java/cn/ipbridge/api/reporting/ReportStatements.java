package cn.ipbridge.api.reporting;

import cn.ipbridge.api.security.RowScope;

/**
 * The half-year report's Cypher. Every statement takes {@code $from} (first day) and {@code $to} (the day after the
 * last). Figure statements return rows of {@code key, value}; a key the graph has nothing for counts 0. List
 * statements return {@code total} and the first {@code $limit} rows, each a list of strings. Record kinds the graph
 * may not hold yet (Notice, BestCase, newer case kinds) simply count 0. Dates of the newer kinds may be dates or
 * datetimes, hence {@code date(...)}.
 * <p>
 * Every statement is a template over the caller's {@link RowScope}, filled in by {@link #scoped}: {@code %1$s} over
 * {@code e} (a firm), {@code %2$s} over {@code ev} (an event), {@code %3$s} over {@code d} (a deal), {@code %4$s}
 * over {@code c} (a case), and {@code %5$s} over {@code f}, a second firm. A DISTRICT's report so counts its firms,
 * the events located in it, and what belongs to them: attendance of its firms at its events, its firms' cases,
 * deals, visits, transfers and granted inventions, the notices that reached its firms, the trademarks and best
 * cases of its firms, the key lists holding its firms (sized by its firms) and the officers assigned to them. For
 * ADMIN and STAFF every predicate is {@code true}: the city-wide report.
 */
final class ReportStatements {

    static final String EVENT_FIGURES = """
            MATCH (ev:Event) WHERE $from <= ev.date < $to AND %2$s
            OPTIONAL MATCH (e:Enterprise)-[a:ATTENDED]->(ev) WHERE %1$s
            WITH ev.kind AS kind, count(DISTINCT ev) AS events, count(DISTINCT e) AS firms,
                 coalesce(sum(a.headcount), 0) AS people
            UNWIND [['events.' + kind, events], ['events.' + kind + '.firms', firms],
                    ['events.' + kind + '.people', people]] AS kv
            RETURN kv[0] AS key, kv[1] AS value
            """;

    static final String CASE_FIGURES = """
            MATCH (c:ServiceCase) WHERE $from <= c.opened < $to AND %4$s
            WITH c.kind AS kind, count(*) AS cases, count(CASE WHEN c.outcome = 'ACCEPTED' THEN 1 END) AS accepted
            UNWIND [['cases.' + kind, cases], ['cases.' + kind + '.accepted', accepted]] AS kv
            RETURN kv[0] AS key, kv[1] AS value
            """;

    static final String RECORD_FIGURES = """
            CALL () {
              OPTIONAL MATCH (d:FinancingDeal) WHERE $from <= d.date < $to AND %3$s
              RETURN count(d) AS financingDeals, coalesce(sum(d.amount), 0.0) AS financingAmount,
                     count(CASE WHEN d.kind = 'IP_PLEDGE' THEN 1 END) AS pledgeDeals,
                     coalesce(sum(CASE WHEN d.kind = 'IP_PLEDGE' THEN d.amount END), 0.0) AS pledgeAmount
            }
            CALL () {
              OPTIONAL MATCH (v:Visit)-[:AT]->(e:Enterprise) WHERE $from <= v.date < $to AND %1$s
              RETURN count(DISTINCT v) AS visits, count(DISTINCT e) AS firmsVisited
            }
            WITH {financingDeals: financingDeals, financingAmount: financingAmount, pledgeDeals: pledgeDeals,
                  pledgeAmount: pledgeAmount, visits: visits, firmsVisited: firmsVisited,
                  notices: COUNT { (n:Notice) WHERE $from <= date(n.published) < $to
                                   AND (%6$s OR EXISTS { (n)-[:REACHED]->(f:Enterprise) WHERE %5$s }) },
                  noticesDelivered: COUNT { (:Notice)-[r:REACHED]->(e:Enterprise) WHERE $from <= date(r.date) < $to
                                            AND %1$s },
                  gbt29490Certified: COUNT { (e:Enterprise) WHERE e.gbt29490Certified AND %1$s },
                  ipCustodyFirms: COUNT { (e:Enterprise) WHERE e.ipCustody AND %1$s },
                  pilotFirms: COUNT { (e:Enterprise) WHERE e.pilotStatus IN ['DISTRICT_PILOT', 'MUNICIPAL_PILOT']
                                      AND %1$s },
                  demonstrationFirms: COUNT { (e:Enterprise)
                                              WHERE e.pilotStatus IN ['DISTRICT_DEMONSTRATION', 'MUNICIPAL_DEMONSTRATION']
                                              AND %1$s },
                  highValuePortfolioFirms: COUNT { (e:Enterprise)
                                          WHERE EXISTS { (:KeyList {segment: 'HIGH_VALUE_PORTFOLIO'})-[:INCLUDES]->(e) }
                                          AND %1$s },
                  grantedInventions: COUNT { (p:Patent) WHERE p.type = 'INVENTION' AND $from <= p.grantDate < $to
                                             AND EXISTS { (p)-[:APPLIED_BY]->(f:Enterprise) WHERE %5$s } },
                  srdiRecognised: COUNT { (e:Enterprise) WHERE e.srdiYear = $from.year AND %1$s },
                  transfers: COUNT { (:Patent)-[t:TRANSFERRED_TO]->(e:Enterprise) WHERE $from <= t.date < $to
                                     AND %1$s },
                  starCandidates: COUNT { (e:Enterprise) WHERE e.listingPlan = 'STAR_CANDIDATE' AND %1$s },
                  keyTrademarksAdded: COUNT { (t:Trademark) WHERE t.keyProtection
                                              AND $from <= date(t.keyProtectionSince) < $to
                                              AND (%6$s OR EXISTS { (f:Enterprise)-[:OWNS]->(t) WHERE %5$s }) },
                  keyLists: COUNT { (k:KeyList) WHERE $from <= date(k.created) < $to
                                    AND (%6$s OR EXISTS { (k)-[:INCLUDES]->(f:Enterprise) WHERE %5$s }) },
                  keyListFirms: COUNT { (e:Enterprise) WHERE EXISTS { (:KeyList)-[:INCLUDES]->(e) } AND %1$s },
                  officers: COUNT { (o:Officer) WHERE EXISTS { (o)-[:ASSIGNED_TO]->(f:Enterprise) WHERE %5$s } },
                  keyFirms: COUNT { (e:Enterprise) WHERE EXISTS { (:Officer)-[:ASSIGNED_TO]->(e) } AND %1$s },
                  bestCases: COUNT { (b:BestCase) WHERE $from <= date(b.date) < $to
                                     AND (%6$s OR EXISTS { (b)-[:ABOUT]->(f:Enterprise) WHERE %5$s }) }} AS figures
            UNWIND keys(figures) AS key
            RETURN key, figures[key] AS value
            """;

    private static final String PAGE = """
            RETURN size(rows) AS total, rows[0..$limit] AS rows
            """;

    // Each list reads its date once into `day` and its related names in CALL subqueries of their own variables:
    // reading a filtered date property again beside a pattern comprehension trips the 5.26 planner
    // ("insertCachedProperties ... should not appear non-cached").
    static final String EVENTS = """
            MATCH (ev:Event {kind: $kind}) WHERE %2$s
            WITH ev, ev.date AS day WHERE $from <= day < $to
            CALL (ev) { OPTIONAL MATCH (h:Institution)-[:HOSTED]->(ev) RETURN min(h.name) AS host }
            CALL (ev) {
              OPTIONAL MATCH (f:Enterprise)-[a:ATTENDED]->(ev) WHERE %5$s
              RETURN count(f) AS firms, coalesce(sum(a.headcount), 0) AS people
            }
            WITH day, ev.id AS id, [toString(day), coalesce(ev.title, ''), coalesce(host, ''), toString(firms),
                 toString(people)] AS row
            ORDER BY day, id
            WITH collect(row) AS rows
            """ + PAGE;

    static final String CASES = """
            MATCH (c:ServiceCase)-[:FOR]->(e:Enterprise) WHERE c.kind IN $kinds AND %4$s
            WITH c, e, c.opened AS day WHERE $from <= day < $to
            CALL (c) { OPTIONAL MATCH (c)-[:HANDLED_BY]->(i:Institution) RETURN min(i.name) AS handler }
            WITH day, c.id AS id, [toString(day), coalesce($kindLabels[c.kind], c.kind), e.name, coalesce(handler, ''),
                 coalesce(c.outcome, ''), coalesce(toString(c.closed), '')] AS row
            ORDER BY day, id
            WITH collect(row) AS rows
            """ + PAGE;

    static final String NOTICES = """
            MATCH (n:Notice) WHERE %6$s OR EXISTS { (n)-[:REACHED]->(f:Enterprise) WHERE %5$s }
            WITH n, date(n.published) AS day WHERE $from <= day < $to
            CALL (n) { OPTIONAL MATCH (n)-[r:REACHED]->(e:Enterprise) WHERE %1$s RETURN count(r) AS reached }
            WITH day, n.id AS id, [toString(day), coalesce(n.title, ''), coalesce(n.kind, ''), toString(reached)] AS row
            ORDER BY day, id
            WITH collect(row) AS rows
            """ + PAGE;

    static final String TRANSFERS = """
            MATCH (p:Patent)-[t:TRANSFERRED_TO]->(e:Enterprise) WHERE %1$s
            WITH p, e, t.date AS day WHERE $from <= day < $to
            WITH day, p.applicationNumber AS id, [toString(day), p.applicationNumber, coalesce(p.title, ''), e.name]
                 AS row
            ORDER BY day, id
            WITH collect(row) AS rows
            """ + PAGE;

    static final String DEALS = """
            MATCH (fu:Funder)-[:PROVIDED]->(d:FinancingDeal)-[:TO]->(e:Enterprise) WHERE %3$s AND %1$s
            WITH fu, d, e, d.date AS day WHERE $from <= day < $to
            CALL (d) { OPTIONAL MATCH (d)-[s:SECURED_BY]->(:Patent) RETURN count(s) AS pledged }
            WITH day, d.id AS id, [toString(day), fu.name, e.name, coalesce($dealKinds[d.kind], d.kind, ''),
                 toString(d.amount), toString(pledged)] AS row
            ORDER BY day, id
            WITH collect(row) AS rows
            """ + PAGE;

    static final String KEY_TRADEMARKS = """
            MATCH (t:Trademark) WHERE t.keyProtection AND (%6$s OR EXISTS { (f:Enterprise)-[:OWNS]->(t) WHERE %5$s })
            WITH t, date(t.keyProtectionSince) AS day WHERE $from <= day < $to
            CALL (t) { OPTIONAL MATCH (e:Enterprise)-[:OWNS]->(t) WHERE %1$s RETURN min(e.name) AS owner }
            WITH day, t.registrationNumber AS id, [toString(day), t.registrationNumber, coalesce(t.name, ''),
                 coalesce(owner, '')] AS row
            ORDER BY day, id
            WITH collect(row) AS rows
            """ + PAGE;

    static final String VISITS = """
            MATCH (v:Visit)-[:AT]->(e:Enterprise) WHERE %1$s
            WITH v, e, v.date AS day WHERE $from <= day < $to
            CALL (v) { OPTIONAL MATCH (v)-[:BY]->(o:Officer) RETURN min(o.name) AS officer }
            WITH day, v.id AS id, [toString(day), coalesce(officer, ''), e.name,
                 reduce(s = '', n IN coalesce(v.needs, []) | s + CASE WHEN s = '' THEN '' ELSE '；' END + n)] AS row
            ORDER BY day, id
            WITH collect(row) AS rows
            """ + PAGE;

    static final String BEST_CASES = """
            MATCH (b:BestCase) WHERE %6$s OR EXISTS { (b)-[:ABOUT]->(f:Enterprise) WHERE %5$s }
            WITH b, date(b.date) AS day WHERE $from <= day < $to
            CALL (b) { OPTIONAL MATCH (b)-[:ABOUT]->(e:Enterprise) WHERE %1$s RETURN min(e.name) AS firm }
            WITH day, b.id AS id, [toString(day), coalesce(b.title, ''), coalesce(firm, '')] AS row
            ORDER BY day, id
            WITH collect(row) AS rows
            """ + PAGE;

    static final String KEY_LISTS = """
            MATCH (k:KeyList) WHERE %6$s OR EXISTS { (k)-[:INCLUDES]->(f:Enterprise) WHERE %5$s }
            WITH k, date(k.created) AS day WHERE $from <= day < $to
            CALL (k) { OPTIONAL MATCH (k)-[i:INCLUDES]->(e:Enterprise) WHERE %1$s RETURN count(i) AS size }
            WITH day, k.name AS id, [toString(day), k.name, coalesce(k.segment, ''), toString(size)] AS row
            ORDER BY day, id
            WITH collect(row) AS rows
            """ + PAGE;

    private ReportStatements() {
    }

    /**
     * {@code statement} over the rows of {@code scope}; {@code %6$s} is {@code true} for ADMIN and STAFF, so a
     * record that belongs to no firm (a notice that reached none, a key list still empty) stays in their report.
     */
    static String scoped(String statement, RowScope scope) {
        return statement.formatted(scope.firm("e"), scope.event("ev"), scope.deal("d"), scope.serviceCase("c"),
                scope.firm("f"), scope.unrestricted());
    }
}
