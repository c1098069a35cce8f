package cn.ipbridge.api.reporting;

/**
 * The half-year report's Cypher. Every statement takes {@code $from} (first day) and {@code $to} (the day after the
 * last). Figure statements return rows of {@code key, value}; a key the graph has nothing for counts 0. List
 * statements return {@code total} and the first {@code $limit} rows, each a list of strings. Record kinds the graph
 * may not hold yet (Notice, BestCase, newer case kinds) simply count 0. Dates of the newer kinds may be dates or
 * datetimes, hence {@code date(...)}.
 */
final class ReportStatements {

    static final String EVENT_FIGURES = """
            MATCH (ev:Event) WHERE $from <= ev.date < $to
            OPTIONAL MATCH (e:Enterprise)-[a:ATTENDED]->(ev)
            WITH ev.kind AS kind, count(DISTINCT ev) AS events, count(DISTINCT e) AS firms,
                 coalesce(sum(a.headcount), 0) AS people
            UNWIND [['events.' + kind, events], ['events.' + kind + '.firms', firms],
                    ['events.' + kind + '.people', people]] AS kv
            RETURN kv[0] AS key, kv[1] AS value
            """;

    static final String CASE_FIGURES = """
            MATCH (c:ServiceCase) WHERE $from <= c.opened < $to
            WITH c.kind AS kind, count(*) AS cases, count(CASE WHEN c.outcome = 'ACCEPTED' THEN 1 END) AS accepted
            UNWIND [['cases.' + kind, cases], ['cases.' + kind + '.accepted', accepted]] AS kv
            RETURN kv[0] AS key, kv[1] AS value
            """;

    static final String RECORD_FIGURES = """
            CALL () {
              OPTIONAL MATCH (d:FinancingDeal) WHERE $from <= d.date < $to
              RETURN count(d) AS financingDeals, coalesce(sum(d.amount), 0.0) AS financingAmount,
                     count(CASE WHEN d.kind = 'IP_PLEDGE' THEN 1 END) AS pledgeDeals,
                     coalesce(sum(CASE WHEN d.kind = 'IP_PLEDGE' THEN d.amount END), 0.0) AS pledgeAmount
            }
            CALL () {
              OPTIONAL MATCH (v:Visit)-[:AT]->(e:Enterprise) WHERE $from <= v.date < $to
              RETURN count(DISTINCT v) AS visits, count(DISTINCT e) AS firmsVisited
            }
            WITH {financingDeals: financingDeals, financingAmount: financingAmount, pledgeDeals: pledgeDeals,
                  pledgeAmount: pledgeAmount, visits: visits, firmsVisited: firmsVisited,
                  notices: COUNT { (n:Notice) WHERE $from <= date(n.published) < $to },
                  noticesDelivered: COUNT { (:Notice)-[r:REACHED]->(:Enterprise) WHERE $from <= date(r.date) < $to },
                  gbt29490Certified: COUNT { (e:Enterprise) WHERE e.gbt29490Certified },
                  ipCustodyFirms: COUNT { (e:Enterprise) WHERE e.ipCustody },
                  pilotFirms: COUNT { (e:Enterprise) WHERE e.pilotStatus IN ['DISTRICT_PILOT', 'MUNICIPAL_PILOT'] },
                  demonstrationFirms: COUNT { (e:Enterprise)
                                              WHERE e.pilotStatus IN ['DISTRICT_DEMONSTRATION', 'MUNICIPAL_DEMONSTRATION'] },
                  highValuePortfolioFirms: COUNT { (e:Enterprise)
                                          WHERE EXISTS { (:KeyList {segment: 'HIGH_VALUE_PORTFOLIO'})-[:INCLUDES]->(e) } },
                  grantedInventions: COUNT { (p:Patent) WHERE p.type = 'INVENTION' AND $from <= p.grantDate < $to
                                             AND EXISTS { (p)-[:APPLIED_BY]->(:Enterprise) } },
                  srdiRecognised: COUNT { (e:Enterprise) WHERE e.srdiYear = $from.year },
                  transfers: COUNT { (:Patent)-[t:TRANSFERRED_TO]->(:Enterprise) WHERE $from <= t.date < $to },
                  starCandidates: COUNT { (e:Enterprise) WHERE e.listingPlan = 'STAR_CANDIDATE' },
                  keyTrademarksAdded: COUNT { (t:Trademark) WHERE t.keyProtection
                                              AND $from <= date(t.keyProtectionSince) < $to },
                  keyLists: COUNT { (k:KeyList) WHERE $from <= date(k.created) < $to },
                  keyListFirms: COUNT { (e:Enterprise) WHERE EXISTS { (:KeyList)-[:INCLUDES]->(e) } },
                  officers: COUNT { (o:Officer) WHERE EXISTS { (o)-[:ASSIGNED_TO]->(:Enterprise) } },
                  keyFirms: COUNT { (e:Enterprise) WHERE EXISTS { (:Officer)-[:ASSIGNED_TO]->(e) } },
                  bestCases: COUNT { (b:BestCase) WHERE $from <= date(b.date) < $to }} AS f
            UNWIND keys(f) AS key
            RETURN key, f[key] AS value
            """;

    private static final String PAGE = """
            RETURN size(rows) AS total, rows[0..$limit] AS rows
            """;

    // Each list reads its date once into `day` and its related names in CALL subqueries of their own variables:
    // reading a filtered date property again beside a pattern comprehension trips the 5.26 planner
    // ("insertCachedProperties ... should not appear non-cached").
    static final String EVENTS = """
            MATCH (ev:Event {kind: $kind})
            WITH ev, ev.date AS day WHERE $from <= day < $to
            CALL (ev) { OPTIONAL MATCH (h:Institution)-[:HOSTED]->(ev) RETURN min(h.name) AS host }
            CALL (ev) {
              OPTIONAL MATCH (f:Enterprise)-[a:ATTENDED]->(ev)
              RETURN count(f) AS firms, coalesce(sum(a.headcount), 0) AS people
            }
            WITH day, ev.id AS id, [toString(day), coalesce(ev.title, ''), coalesce(host, ''), toString(firms),
                 toString(people)] AS row
            ORDER BY day, id
            WITH collect(row) AS rows
            """ + PAGE;

    static final String CASES = """
            MATCH (c:ServiceCase)-[:FOR]->(e:Enterprise) WHERE c.kind IN $kinds
            WITH c, e, c.opened AS day WHERE $from <= day < $to
            CALL (c) { OPTIONAL MATCH (c)-[:HANDLED_BY]->(i:Institution) RETURN min(i.name) AS handler }
            WITH day, c.id AS id, [toString(day), coalesce($kindLabels[c.kind], c.kind), e.name, coalesce(handler, ''),
                 coalesce(c.outcome, ''), coalesce(toString(c.closed), '')] AS row
            ORDER BY day, id
            WITH collect(row) AS rows
            """ + PAGE;

    static final String NOTICES = """
            MATCH (n:Notice)
            WITH n, date(n.published) AS day WHERE $from <= day < $to
            CALL (n) { OPTIONAL MATCH (n)-[r:REACHED]->(:Enterprise) RETURN count(r) AS reached }
            WITH day, n.id AS id, [toString(day), coalesce(n.title, ''), coalesce(n.kind, ''), toString(reached)] AS row
            ORDER BY day, id
            WITH collect(row) AS rows
            """ + PAGE;

    static final String TRANSFERS = """
            MATCH (p:Patent)-[t:TRANSFERRED_TO]->(e:Enterprise)
            WITH p, e, t.date AS day WHERE $from <= day < $to
            WITH day, p.applicationNumber AS id, [toString(day), p.applicationNumber, coalesce(p.title, ''), e.name]
                 AS row
            ORDER BY day, id
            WITH collect(row) AS rows
            """ + PAGE;

    static final String DEALS = """
            MATCH (f:Funder)-[:PROVIDED]->(d:FinancingDeal)-[:TO]->(e:Enterprise)
            WITH f, d, e, d.date AS day WHERE $from <= day < $to
            CALL (d) { OPTIONAL MATCH (d)-[s:SECURED_BY]->(:Patent) RETURN count(s) AS pledged }
            WITH day, d.id AS id, [toString(day), f.name, e.name, coalesce($dealKinds[d.kind], d.kind, ''),
                 toString(d.amount), toString(pledged)] AS row
            ORDER BY day, id
            WITH collect(row) AS rows
            """ + PAGE;

    static final String KEY_TRADEMARKS = """
            MATCH (t:Trademark) WHERE t.keyProtection
            WITH t, date(t.keyProtectionSince) AS day WHERE $from <= day < $to
            CALL (t) { OPTIONAL MATCH (owner:Enterprise)-[:OWNS]->(t) RETURN min(owner.name) AS owner }
            WITH day, t.registrationNumber AS id, [toString(day), t.registrationNumber, coalesce(t.name, ''),
                 coalesce(owner, '')] AS row
            ORDER BY day, id
            WITH collect(row) AS rows
            """ + PAGE;

    static final String VISITS = """
            MATCH (v:Visit)-[:AT]->(e:Enterprise)
            WITH v, e, v.date AS day WHERE $from <= day < $to
            CALL (v) { OPTIONAL MATCH (v)-[:BY]->(o:Officer) RETURN min(o.name) AS officer }
            WITH day, v.id AS id, [toString(day), coalesce(officer, ''), e.name,
                 reduce(s = '', n IN coalesce(v.needs, []) | s + CASE WHEN s = '' THEN '' ELSE '；' END + n)] AS row
            ORDER BY day, id
            WITH collect(row) AS rows
            """ + PAGE;

    static final String BEST_CASES = """
            MATCH (b:BestCase)
            WITH b, date(b.date) AS day WHERE $from <= day < $to
            CALL (b) { OPTIONAL MATCH (b)-[:ABOUT]->(about:Enterprise) RETURN min(about.name) AS firm }
            WITH day, b.id AS id, [toString(day), coalesce(b.title, ''), coalesce(firm, '')] AS row
            ORDER BY day, id
            WITH collect(row) AS rows
            """ + PAGE;

    static final String KEY_LISTS = """
            MATCH (k:KeyList)
            WITH k, date(k.created) AS day WHERE $from <= day < $to
            CALL (k) { OPTIONAL MATCH (k)-[i:INCLUDES]->(:Enterprise) RETURN count(i) AS size }
            WITH day, k.name AS id, [toString(day), k.name, coalesce(k.segment, ''), toString(size)] AS row
            ORDER BY day, id
            WITH collect(row) AS rows
            """ + PAGE;

    private ReportStatements() {
    }
}
