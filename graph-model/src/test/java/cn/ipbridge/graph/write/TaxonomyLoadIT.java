package cn.ipbridge.graph.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.ipbridge.graph.database.TestDatabase;
import cn.ipbridge.graph.taxonomy.Industry;
import cn.ipbridge.graph.taxonomy.IpcScheme;
import cn.ipbridge.graph.taxonomy.StrategicIndustries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the real taxonomy into the embedded database once, then checks what is there. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaxonomyLoadIT {

    private static final Logger log = LoggerFactory.getLogger(TaxonomyLoadIT.class);

    private final TestDatabase db = TestDatabase.get();
    private final IpcScheme scheme = IpcScheme.load();
    private final TaxonomyLoader loader = new TaxonomyLoader(db.driver(), null);
    private final Map<String, Long> progress = new ConcurrentHashMap<>();
    private WriteCounts firstLoad;

    @BeforeAll
    void loadOnce() {
        db.clear();
        long started = System.nanoTime();
        firstLoad = loader.load(progress::put);
        log.info("Taxonomy loaded into an empty database in {} ms: {}",
                (System.nanoTime() - started) / 1_000_000, firstLoad);
    }

    @Test
    void reportsProgressUpToTheLastItemOfEachPart() {
        assertThat(progress).containsEntry("IPC classes", (long) scheme.size())
                .containsEntry("IPC hierarchy", scheme.size() - 8L)
                .containsEntry("districts", 16L)
                .containsEntry("industries", (long) StrategicIndustries.all().size());
    }

    @Test
    void writesEveryIpcSymbolAndOneParentLinkForEachButTheSections() {
        assertThat(db.count("MATCH (c:IpcClass) RETURN count(c)")).isEqualTo(scheme.size());
        assertThat(db.count("MATCH (:IpcClass)-[r:PARENT]->(:IpcClass) RETURN count(r)"))
                .isEqualTo(scheme.size() - 8);
        assertThat(db.count("""
                MATCH (c:IpcClass) WHERE c.level <> 'SECTION' AND COUNT { (c)-[:PARENT]->() } <> 1
                RETURN count(c)""")).isZero();
        assertThat(db.count("MATCH (c:IpcClass {level: 'SECTION'})-[:PARENT]->() RETURN count(c)")).isZero();
        assertThat(firstLoad.nodesCreated()).isEqualTo(scheme.size() + 16 + StrategicIndustries.all().size());
    }

    @Test
    void linksASubgroupUpToItsSectionWithTitles() {
        try (var session = db.driver().session()) {
            List<String> chain = session.run("""
                    MATCH path = (:IpcClass {code: 'H01M50/609'})-[:PARENT*]->(:IpcClass {level: 'SECTION'})
                    RETURN [n IN nodes(path) | n.code] AS codes""").single().get("codes").asList(Value::asString);
            assertThat(chain).containsExactly("H01M50/609", "H01M50/00", "H01M", "H01", "H");
            Map<String, Object> a01b = session.run("MATCH (c:IpcClass {code: 'A01B1/00'}) RETURN c {.*} AS c")
                    .single().get("c").asMap();
            assertThat(a01b).containsEntry("titleEn", "Hand tools").containsEntry("level", "MAIN_GROUP")
                    .containsEntry("titleZh", "手动工具（草坪修整机入A01G3/06）");
        }
    }

    @Test
    void writesTheSixteenDistricts() {
        assertThat(db.count("MATCH (d:District) RETURN count(d)")).isEqualTo(16);
        assertThat(db.count("MATCH (d:District {adcode: '310151', name: '崇明区'}) RETURN count(d)")).isOne();
    }

    @Test
    void linksEachIndustryToExactlyItsSubclasses() {
        assertThat(db.count("MATCH (i:Industry) RETURN count(i)")).isEqualTo(StrategicIndustries.all().size());
        try (var session = db.driver().session()) {
            for (Industry industry : StrategicIndustries.all()) {
                List<String> covered = session.run("""
                        MATCH (:Industry {code: $code})-[:COVERS]->(c:IpcClass {level: 'SUBCLASS'})
                        RETURN c.code AS code""", Map.of("code", industry.code())).list(r -> r.get("code").asString());
                assertThat(covered).as(industry.code()).containsExactlyInAnyOrderElementsOf(industry.ipcSubclasses());
            }
        }
        assertThat(db.count("MATCH (:Industry)-[r:COVERS]->() RETURN count(r)")).isEqualTo(
                StrategicIndustries.all().stream().mapToLong(i -> i.ipcSubclasses().size()).sum());
    }

    @Test
    void loadingAgainChangesNothing() {
        long nodes = db.count("MATCH (n) RETURN count(n)");
        long relationships = db.count("MATCH ()-[r]->() RETURN count(r)");
        long started = System.nanoTime();
        WriteCounts again = loader.load(WriteProgress.NONE);
        log.info("Taxonomy loaded again over itself in {} ms", (System.nanoTime() - started) / 1_000_000);
        assertThat(again.nodesCreated()).isZero();
        assertThat(again.relationshipsCreated()).isZero();
        assertThat(db.count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        assertThat(db.count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
    }
}
