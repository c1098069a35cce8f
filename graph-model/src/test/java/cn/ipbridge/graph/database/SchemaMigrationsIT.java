package cn.ipbridge.graph.database;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

import cn.ipbridge.graph.write.FirmProfileWriter;
import cn.ipbridge.graph.write.ProfileSnapshot;
import cn.ipbridge.graph.write.WriteProgress;

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
        String v054 = migration("V054__Link_research_patents_to_their_main_class.cypher");
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
    void linksTheFirmsOfStoresWrittenBeforeV056ToTheInstitutionsInWhoseFieldsTheyAre() throws Exception {
        db.clear();
        try (var session = db.driver().session()) {
            session.run("""
                    CREATE (h01:IpcClass {code: 'H01', level: 'CLASS'}),
                           (h01m:IpcClass {code: 'H01M', level: 'SUBCLASS'})-[:PARENT]->(h01),
                           (g06n:IpcClass {code: 'G06N', level: 'SUBCLASS'}), (a:Enterprise {uscc: 'A'}),
                           (:Institution {name: 'X'})-[:SPECIALIZES_IN]->(h01),
                           (:Institution {name: 'Y'})-[:SPECIALIZES_IN]->(g06n)
                    CREATE (a)<-[:APPLIED_BY]-(:Patent {applicationNumber: '1'})-[:CLASSIFIED_AS {main: true}]->(h01m),
                           (a)<-[:APPLIED_BY]-(:Patent {applicationNumber: '2'})-[:CLASSIFIED_AS {main: true}]->(h01m),
                           (a)<-[:APPLIED_BY]-(:Patent {applicationNumber: '3'})-[:CLASSIFIED_AS {main: true}]->(g06n)
                    """).consume();
            FirmProfileWriter profiles = new FirmProfileWriter(db.driver(), null);
            profiles.refreshAll(WriteProgress.NONE);
            List<String> written = ProfileSnapshot.of(db);
            session.run("MATCH ()-[a:IN_FIELDS_OF]->() DELETE a").consume();

            session.run(migration("V056__Link_firms_to_the_institutions_in_whose_fields_they_are.cypher")).consume();

            assertThat(written).singleElement(as(InstanceOfAssertFactories.STRING))
                    .contains("X:X:2:0.6666666666666666 Y:Y:1:0.3333333333333333");
            assertThat(ProfileSnapshot.of(db)).isEqualTo(written);
            assertThat(profiles.refreshAll(WriteProgress.NONE).propertiesSet()).as("a refresh after V056").isZero();
        }
    }

    private static String migration(String file) throws java.io.IOException {
        try (var in = SchemaMigrationsIT.class.getResourceAsStream("/neo4j/migrations/" + file)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
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
