// (Patent)-[:RESEARCH_PATENT_IN]->(IpcClass): the main class of a patent a university or institute applied for, which
// the writers now keep beside CLASSIFIED_AS (LinkTarget.RESEARCH_CLASS); this links the patents written before, in
// transactions of 10,000 (about 60,000 links at the shanghai size, ten times that nationally).
CALL () {
  MATCH (o:University) RETURN o
  UNION
  MATCH (o:Institution) RETURN o
}
MATCH (o)<-[:APPLIED_BY]-(p:Patent)-[m:CLASSIFIED_AS]->(c:IpcClass)
WHERE m.main
CALL (p, c) {
  MERGE (p)-[:RESEARCH_PATENT_IN]->(c)
} IN TRANSACTIONS OF 10000 ROWS;
