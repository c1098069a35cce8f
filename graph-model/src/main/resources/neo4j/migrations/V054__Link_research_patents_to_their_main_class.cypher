// (Patent)-[:RESEARCH_PATENT_IN]->(IpcClass): the main class of a patent a university or institute applied for, which
// the writers now keep beside CLASSIFIED_AS (LinkTarget.RESEARCH_CLASS); this links the patents written before.
CALL () {
  MATCH (o:University) RETURN o
  UNION
  MATCH (o:Institution) RETURN o
}
MATCH (o)<-[:APPLIED_BY]-(p:Patent)-[m:CLASSIFIED_AS]->(c:IpcClass)
WHERE m.main
MERGE (p)-[:RESEARCH_PATENT_IN]->(c);
