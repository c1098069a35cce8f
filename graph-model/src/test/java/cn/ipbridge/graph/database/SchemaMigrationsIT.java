package cn.ipbridge.graph.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

class SchemaMigrationsIT {

    private final TestDatabase db = TestDatabase.get();

    @Test
    void createsAUniqueConstraintOnEveryNaturalKey() {
        List<String> constrained = db.driver().session().executeRead(tx -> tx.run("""
                SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS'
                RETURN labelsOrTypes[0] + '.' + properties[0] AS key ORDER BY key
                """).list(r -> r.get("key").asString()));
        assertThat(constrained).contains("Enterprise.uscc", "Patent.applicationNumber", "IpcClass.code",
                "Trademark.registrationNumber", "District.adcode", "Industry.code", "University.name",
                "Institution.name", "Funder.name", "FinancingDeal.id", "Officer.id", "Expert.id", "Visit.id",
                "Event.id", "ServiceCase.id", "Applicant.name");
    }

    @Test
    void createsCjkFullTextIndexes() {
        List<String> analyzers = db.driver().session().executeRead(tx -> tx.run("""
                SHOW FULLTEXT INDEXES YIELD name, options
                RETURN name + ':' + options.indexConfig.`fulltext.analyzer` AS a ORDER BY a
                """).list(r -> r.get("a").asString()));
        assertThat(analyzers).containsExactly("enterprise_fulltext:cjk", "ipc_class_fulltext:cjk",
                "organisation_fulltext:cjk", "patent_fulltext:cjk");
    }

    @Test
    void applyingTwiceIsANoOpAndKeepsTheVersion() {
        String first = SchemaMigrations.apply(db.driver(), null);
        String second = SchemaMigrations.apply(db.driver(), null);
        assertThat(second).isEqualTo(first).isNotBlank();
    }

    @Test
    void linksTheResearchPatentsWrittenBeforeV054ToTheirMainClass() throws Exception {
        db.clear();
        String v054;
        try (var in = SchemaMigrationsIT.class.getResourceAsStream(
                "/neo4j/migrations/V054__Link_research_patents_to_their_main_class.cypher")) {
            v054 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        try (var session = db.driver().session()) {
            session.run("""
                    CREATE (u:University {name: '复旦大学'}), (f:Enterprise {uscc: '91310115591693856A'}),
                           (h:IpcClass {code: 'H01L'}), (a:IpcClass {code: 'A61K'})
                    CREATE (u)<-[:APPLIED_BY]-(:Patent {applicationNumber: '1'})-[:CLASSIFIED_AS {main: true}]->(h)
                    """).consume();
            session.run("""
                    MATCH (u:University), (f:Enterprise), (h:IpcClass {code: 'H01L'}), (a:IpcClass {code: 'A61K'})
                    CREATE (u)<-[:APPLIED_BY]-(p:Patent {applicationNumber: '2'})-[:CLASSIFIED_AS {main: false}]->(a),
                           (p)-[:CLASSIFIED_AS {main: true}]->(h),
                           (f)<-[:APPLIED_BY]-(:Patent {applicationNumber: '3'})-[:CLASSIFIED_AS {main: true}]->(h)
                    """).consume();
            session.run(v054).consume();
            assertThat(session.run("""
                    MATCH (p:Patent)-[:RESEARCH_PATENT_IN]->(c) RETURN p.applicationNumber + ' ' + c.code AS link
                    ORDER BY link""").list(r -> r.get("link").asString())).containsExactly("1 H01L", "2 H01L");
        }
    }

    @Test
    void refusesADuplicateCreditCode() {
        db.clear();
        try (var session = db.driver().session()) {
            session.run("CREATE (:Enterprise {uscc: '91310110666007217T'})").consume();
            assertThatThrownBy(() -> session.run("CREATE (:Enterprise {uscc: '91310110666007217T'})").consume())
                    .isInstanceOf(ClientException.class)
                    .hasMessageContaining("already exists");
        }
    }

    @Test
    void chineseSubstringFindsTheFullName() {
        db.clear();
        try (var session = db.driver().session()) {
            session.run("CREATE (:Enterprise {uscc: '91310115591693856A', name: '上海微电子装备有限公司'})").consume();
            // Full-text indexes are eventually consistent: wait for them before querying.
            session.run("CALL db.awaitIndexes(60)").consume();
            List<String> hits = session.run("CALL db.index.fulltext.queryNodes('enterprise_fulltext', $q) "
                    + "YIELD node RETURN node.name AS name", java.util.Map.of("q", "微电子"))
                    .list(r -> r.get("name").asString());
            assertThat(hits).containsExactly("上海微电子装备有限公司");
        }
    }
}
