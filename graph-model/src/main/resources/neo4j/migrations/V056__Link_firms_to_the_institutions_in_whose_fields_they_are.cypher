// (Enterprise)-[:IN_FIELDS_OF {institution, patents, share}]->(Institution) for stores written before the profile
// writer kept them (InstitutionFields.RELINK_I): an institution's fields are the subclasses at, above or below its
// specialities; patents counts the firm's patents there, share their part of all its patents (at most 1). One
// transaction per institution (at the shanghai size about 100,000 links in all).
MATCH (i:Institution)
CALL (i) {
  CALL (i) {
    MATCH (i)<-[old:IN_FIELDS_OF]-()
    DELETE old
  }
  CALL (i) {
    MATCH (i)-[:SPECIALIZES_IN]->(s:IpcClass)
    CALL (s) {
      MATCH (s)-[:PARENT*0..3]->(sub:IpcClass {level: 'SUBCLASS'})
      RETURN sub
      UNION
      WITH s WHERE s.level IN ['SECTION', 'CLASS']
      MATCH (s)<-[:PARENT*1..2]-(sub:IpcClass {level: 'SUBCLASS'})
      RETURN sub
    }
    WITH DISTINCT i, sub
    MATCH (sub)<-[w:ACTIVE_IN_SUBCLASS]-(e:Enterprise)
    WITH i, e, sum(w.patents) AS n
    CREATE (e)-[:IN_FIELDS_OF {institution: i.name, patents: n,
        share: toFloat(n) / CASE WHEN coalesce(e.patentCount, 0) > n THEN e.patentCount ELSE n END}]->(i)
  }
} IN TRANSACTIONS OF 1 ROWS;
