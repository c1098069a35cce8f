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
