package cn.ipbridge.graph.write;

/** What both write paths must keep: {@code RESEARCH_PATENT_IN} exactly on the patents a university or institute applied for. */
public final class ResearchClassLinks {

    /** Patents whose {@code RESEARCH_PATENT_IN} links are not their main classes when research-held, or not none otherwise. */
    public static final String MISMATCHES = """
            MATCH (p:Patent)
            WITH p, EXISTS { (p)-[:APPLIED_BY]->(o) WHERE o:University OR o:Institution } AS research,
                 [(p)-[m:CLASSIFIED_AS]->(c) WHERE m.main | c.code] AS main,
                 [(p)-[:RESEARCH_PATENT_IN]->(c) | c.code] AS linked
            WHERE linked <> CASE WHEN research THEN main ELSE [] END
            RETURN count(p)""";

    /** How many there are, so that a test can show it looked at some. */
    public static final String COUNT = "MATCH (:Patent)-[r:RESEARCH_PATENT_IN]->(:IpcClass) RETURN count(r)";

    private ResearchClassLinks() {
    }
}
