package cn.ipbridge.graph.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import cn.ipbridge.graph.database.TestDatabase;
import cn.ipbridge.graph.model.InstitutionType;
import cn.ipbridge.graph.write.GraphWriter;
import cn.ipbridge.graph.write.ResearchClassLinks;
import cn.ipbridge.graph.write.TaxonomyLoader;
import cn.ipbridge.graph.write.WriteProgress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo graph written into the real embedded Neo4j, after the taxonomy, as on a first start. */
class GraphGeneratorIT {

    private static final long SEED = 42;
    private static final TestDatabase db = TestDatabase.get();
    private static GenerationSummary written;

    @BeforeAll
    static void writeTaxonomyAndDemo() {
        db.clear();
        new TaxonomyLoader(db.driver(), null).load(WriteProgress.NONE);
        Duration cpu = ProcessCpu.used();
        written = new GraphGenerator(DatasetSize.DEMO, SEED).write(new GraphWriter(db.driver(), null),
                WriteProgress.NONE);
        System.out.printf("DEMO graph written in %.1f s (%.1f s of CPU):%n%s%n", written.total().toMillis() / 1000.0,
                ProcessCpu.used().minus(cpu).toMillis() / 1000.0, written);
    }

    @Test
    void writesAtLeast300FirmsEachInOneDistrictAndOneIndustry() {
        assertThat(db.count("MATCH (e:Enterprise) RETURN count(e)")).isGreaterThanOrEqualTo(300);
        assertThat(db.count("""
                MATCH (e:Enterprise)
                WHERE COUNT { (e)-[:LOCATED_IN]->(:District) } <> 1 OR COUNT { (e)-[:IN_INDUSTRY]->(:Industry) } <> 1
                RETURN count(e)
                """)).isZero();
    }

    @Test
    void everyPatentHasAHolderAndExactlyOneMainClass() {
        assertThat(db.count("MATCH (p:Patent) RETURN count(p)")).isEqualTo(written.items(GeneratedEntity.PATENTS));
        assertThat(db.count("MATCH (p:Patent) WHERE NOT (p)-[:APPLIED_BY]->() RETURN count(p)")).isZero();
        assertThat(db.count("""
                MATCH (p:Patent) WHERE COUNT { (p)-[:CLASSIFIED_AS {main: true}]->(:IpcClass) } <> 1
                RETURN count(p)
                """)).isZero();
        // University and institute patents link to their main class again as RESEARCH_PATENT_IN; no others do.
        assertThat(db.count(ResearchClassLinks.MISMATCHES)).isZero();
        assertThat(db.count(ResearchClassLinks.COUNT)).isPositive();
    }

    @Test
    void noPatentCitesALaterOne() {
        assertThat(db.count("MATCH (:Patent)-[c:CITES]->(:Patent) RETURN count(c)"))
                .isGreaterThan(written.items(GeneratedEntity.PATENTS));
        assertThat(db.count("""
                MATCH (p:Patent)-[:CITES]->(q:Patent) WHERE q.filingDate > p.filingDate RETURN count(*)
                """)).isZero();
    }

    @Test
    void aYearOfAtLeastTwelveTrainingsForOverSixHundredPeople() {
        assertThat(db.count("""
                MATCH (ev:Event {kind: 'TRAINING'}) WHERE date('2025-07-01') <= ev.date <= date('2026-06-30')
                RETURN count(ev)
                """)).isGreaterThanOrEqualTo(12);
        assertThat(db.count("""
                MATCH (:Enterprise)-[a:ATTENDED]->(ev:Event {kind: 'TRAINING'})
                WHERE date('2025-07-01') <= ev.date <= date('2026-06-30')
                RETURN sum(a.headcount)
                """)).isGreaterThan(600);
    }

    @Test
    void linksTheOperationsToFirmsPatentsAndInstitutions() {
        for (InstitutionType type : InstitutionType.values()) {
            assertThat(db.count("MATCH (i:Institution) WHERE '" + type + "' IN i.types RETURN count(i)"))
                    .as(type.name()).isPositive();
        }
        assertThat(db.count("MATCH (:Institution)-[s:SERVES]->(:Enterprise) RETURN count(s)"))
                .isEqualTo(written.items(GeneratedEntity.SERVICE_LINKS));
        assertThat(db.count("MATCH (:Officer)-[a:ASSIGNED_TO]->(:Enterprise) RETURN count(a)")).isPositive();
        assertThat(db.count("MATCH (:FinancingDeal {kind: 'IP_PLEDGE'})-[:SECURED_BY]->(p:Patent) RETURN count(p)"))
                .isPositive();
        assertThat(db.count("MATCH (:Patent)-[t:TRANSFERRED_TO|LICENSED_TO]->(:Enterprise) RETURN count(t)"))
                .isEqualTo(written.items(GeneratedEntity.TRANSFERS));
        assertThat(db.count("MATCH (v:Visit)-[:AT]->(:Enterprise) RETURN count(v)"))
                .isEqualTo(written.items(GeneratedEntity.VISITS));
        assertThat(db.count("MATCH (c:ServiceCase)-[:HANDLED_BY]->(:Institution) RETURN count(c)"))
                .isEqualTo(written.items(GeneratedEntity.SERVICE_CASES));
        assertThat(db.count("MATCH (b:BestCase)-[:FROM]->() RETURN count(b)"))
                .isEqualTo(written.items(GeneratedEntity.BEST_CASES));
        assertThat(db.count("MATCH (n:Notice) WHERE EXISTS { (n)-[:REACHED]->(:Enterprise) } RETURN count(n)"))
                .isEqualTo(written.items(GeneratedEntity.NOTICES));
        assertThat(db.count("MATCH (:Enterprise)-[r:REGISTERED]->(:Event) RETURN count(r)")).isPositive();
        assertThat(db.count("MATCH (:Visit)-[f:FOLLOWS_UP]->(:Visit) RETURN count(f)")).isPositive();
        assertThat(db.count("MATCH (t:Trademark {keyProtection: true}) WHERE t.keyProtectionSince IS NULL "
                + "RETURN count(t)")).isZero();
    }

    @Test
    void writingTheSameGraphAgainChangesNothing() {
        long nodes = db.count("MATCH (n) RETURN count(n)");
        long relationships = db.count("MATCH ()-[r]->() RETURN count(r)");
        GenerationSummary again = new GraphGenerator(DatasetSize.DEMO, SEED).write(new GraphWriter(db.driver(), null),
                WriteProgress.NONE);
        assertThat(db.count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        assertThat(db.count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
        assertThat(again.entities().values()).allSatisfy(w -> {
            assertThat(w.counts().nodesCreated()).isZero();
            assertThat(w.counts().relationshipsCreated()).isZero();
        });
    }
}
