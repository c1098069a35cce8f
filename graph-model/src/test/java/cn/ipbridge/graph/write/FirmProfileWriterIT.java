package cn.ipbridge.graph.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.ipbridge.graph.database.TestDatabase;
import cn.ipbridge.graph.model.Institution;
import cn.ipbridge.graph.model.InstitutionType;

/** A firm's derived profile equals what its patents say, after a refresh and after its patents change. */
class FirmProfileWriterIT {

    private final TestDatabase db = TestDatabase.get();
    private final FirmProfileWriter profiles = new FirmProfileWriter(db.driver(), null);

    @BeforeEach
    void twoFirmsWithFourPatents() {
        db.clear();
        try (var session = db.driver().session()) {
            session.run("""
                    CREATE (h:IpcClass {code: 'H', level: 'SECTION'}),
                           (h01:IpcClass {code: 'H01', level: 'CLASS'})-[:PARENT]->(h),
                           (h01m:IpcClass {code: 'H01M', level: 'SUBCLASS'})-[:PARENT]->(h01),
                           (mg:IpcClass {code: 'H01M50/00', level: 'MAIN_GROUP'})-[:PARENT]->(h01m),
                           (sg:IpcClass {code: 'H01M50/609', level: 'SUBGROUP'})-[:PARENT]->(mg),
                           (g06n:IpcClass {code: 'G06N', level: 'SUBCLASS'}),
                           (a:Enterprise {uscc: 'A'}), (b:Enterprise {uscc: 'B'}),
                           (:Institution {name: 'X'})-[:SPECIALIZES_IN]->(h01m),
                           (y:Institution {name: 'Y'})-[:SPECIALIZES_IN]->(g06n), (y)-[:SPECIALIZES_IN]->(mg),
                           (:Institution {name: 'Z'})-[:SPECIALIZES_IN]->(h),
                           (:Patent {applicationNumber: '1', type: 'INVENTION', legalStatus: 'GRANTED'})
                               -[:CLASSIFIED_AS {main: true}]->(sg),
                           (:Patent {applicationNumber: '2', type: 'INVENTION', legalStatus: 'LAPSED'})
                               -[:CLASSIFIED_AS {main: true}]->(mg),
                           (:Patent {applicationNumber: '3', type: 'UTILITY_MODEL', legalStatus: 'GRANTED'})
                               -[:CLASSIFIED_AS {main: true}]->(sg),
                           (p4:Patent {applicationNumber: '4', type: 'INVENTION', legalStatus: 'PENDING'})
                               -[:CLASSIFIED_AS {main: true}]->(g06n)
                    WITH a, b, p4
                    MATCH (p:Patent) WHERE p.applicationNumber IN ['1', '2', '3']
                    CREATE (p)-[:APPLIED_BY]->(a)
                    WITH DISTINCT a, b, p4
                    CREATE (p4)-[:APPLIED_BY]->(a), (p4)-[:APPLIED_BY]->(b)
                    """).consume();
        }
    }

    @Test
    void countsPatentsAndLinksEachMainClassAndSubclassWithItsPatents() {
        profiles.refreshAll(WriteProgress.NONE);

        assertThat(db.count("MATCH (e:Enterprise {uscc: 'A'}) RETURN e.patentCount")).isEqualTo(4);
        assertThat(db.count("MATCH (e:Enterprise {uscc: 'A'}) RETURN e.grantedInventionCount")).isEqualTo(1);
        assertThat(db.count("MATCH (e:Enterprise {uscc: 'A'}) RETURN e.lapsedPatentCount")).isEqualTo(1);
        assertThat(latest("A")).containsExactly(" 1");
        assertThat(db.count("MATCH ({uscc: 'A'})-[a:ACTIVE_IN]->({code: 'H01M50/609'}) RETURN a.patents")).isEqualTo(2);
        assertThat(db.count("MATCH ({uscc: 'A'})-[a:ACTIVE_IN]->({code: 'H01M50/609'}) RETURN toInteger(a.sample)"))
                .isEqualTo(1);
        assertThat(db.count("MATCH ({uscc: 'A'})-[a:ACTIVE_IN_SUBCLASS]->({code: 'H01M'}) RETURN a.patents"))
                .isEqualTo(3);
        assertThat(db.count("MATCH ({uscc: 'A'})-[a:ACTIVE_IN_SUBCLASS]->() RETURN count(a)")).isEqualTo(2);
        assertThat(db.count("MATCH ({uscc: 'B'})-[a:ACTIVE_IN]->() RETURN count(a)")).isEqualTo(1);
        assertThat(institutions("A")).as("X: H01M; Y: G06N and the main group H01M50/00, so H01M; Z: H, so H01M")
                .containsExactly("X 3 0.75", "Y 4 1.0", "Z 3 0.75");
        assertThat(institutions("B")).containsExactly("Y 1 1.0");
        assertThat(profiles.refreshAll(WriteProgress.NONE).propertiesSet()).as("a second refresh").isZero();
    }

    /**
     * The firm's links to institutions, each as the institution's name (if the link carries it), the firm's
     * patents in its fields and their share of all its patents.
     */
    private List<String> institutions(String uscc) {
        try (var session = db.driver().session()) {
            return session.run("""
                    MATCH ({uscc: $uscc})-[a:IN_FIELDS_OF]->(i)
                    RETURN CASE WHEN a.institution = i.name THEN i.name ELSE 'not ' + i.name END
                           + ' ' + toString(a.patents) + ' ' + toString(a.share) AS s ORDER BY s""",
                    java.util.Map.of("uscc", uscc)).list(r -> r.get("s").asString());
        }
    }

    private static Institution institution(String name, String... specialities) {
        return new Institution(name, List.of(InstitutionType.TISC), false, List.of(), List.of(specialities), null, null,
                null, null, "test");
    }

    @Test
    void anInstitutionWhoseSpecialitiesChangeIsLinkedToTheFirmsOfItsNewFields() {
        profiles.refreshAll(WriteProgress.NONE);
        OrganisationWriter organisations = new GraphWriter(db.driver(), null).organisations();
        WriteCounts same = organisations.institutions(List.of(institution("X", "H01M")), WriteProgress.NONE);
        organisations.institutions(List.of(institution("X", "H01M", "G06N")), WriteProgress.NONE);

        assertThat(same.relationshipsCreated()).as("the same specialities again").isZero();
        assertThat(institutions("A")).contains("X 4 1.0");
        assertThat(institutions("B")).containsExactly("X 1 1.0", "Y 1 1.0");
        ProfileSnapshot.assertUpToDate(db);
    }

    @Test
    void aRefreshReplacesTheProfileWhenPatentsChange() {
        profiles.refreshAll(WriteProgress.NONE);
        try (var session = db.driver().session()) {
            session.run("MATCH (p:Patent {applicationNumber: '2'}) DETACH DELETE p").consume();
            session.run("MATCH (p:Patent {applicationNumber: '3'}) SET p.legalStatus = 'LAPSED'").consume();
        }

        profiles.refresh(List.of("A", "no such firm"), WriteProgress.NONE);

        assertThat(db.count("MATCH (e:Enterprise {uscc: 'A'}) RETURN e.patentCount")).isEqualTo(3);
        assertThat(db.count("MATCH (e:Enterprise {uscc: 'A'}) RETURN e.lapsedPatentCount")).isEqualTo(1);
        assertThat(db.count("MATCH ({uscc: 'A'})-[a:ACTIVE_IN]->() RETURN count(a)")).isEqualTo(2);
        assertThat(db.count("MATCH ({uscc: 'A'})-[a:ACTIVE_IN_SUBCLASS]->({code: 'H01M'}) RETURN a.patents"))
                .isEqualTo(2);
        assertThat(institutions("A")).as("H01M's two patents are two thirds of A's three")
                .containsExactly("X 2 0.6666666666666666", "Y 3 1.0", "Z 2 0.6666666666666666");
    }

    @Test
    void addingWhatNewPatentsBringGivesTheProfileARecomputationGives() {
        profiles.refreshAll(WriteProgress.NONE);
        List<ImportRow> created = List.of(
                patent("5", "INVENTION", "GRANTED", List.of("A"), "H01M50/609"),
                patent("0", "DESIGN", "GRANTED", List.of("B"), "G06N"),
                patent("6", "INVENTION", "LAPSED", List.of("A", "B"), "H01M"),
                patent("7", "UTILITY_MODEL", "PENDING", List.of("A"), null),
                patent("8", "INVENTION", "GRANTED", List.of("B"), "H01"));
        try (var session = db.driver().session()) {
            for (ImportRow p : created) {
                session.run("""
                        CREATE (p:Patent {applicationNumber: $key, type: $type, legalStatus: $status,
                                          filingDate: $filed})
                        WITH p
                        UNWIND $firms AS uscc
                        MATCH (e:Enterprise {uscc: uscc})
                        CREATE (p)-[:APPLIED_BY]->(e)
                        WITH DISTINCT p
                        UNWIND $classes AS code
                        MATCH (c:IpcClass {code: code})
                        CREATE (p)-[:CLASSIFIED_AS {main: true}]->(c)
                        """, java.util.Map.of("key", p.key(), "type", p.properties().get("type"),
                        "filed", FILED.containsKey(p.key()) ? FILED.get(p.key()) : org.neo4j.driver.Values.NULL,
                        "status", p.properties().get("legalStatus"),
                        "firms", p.links().stream().filter(l -> l.target() == LinkTarget.ENTERPRISE_APPLICANT)
                                .map(ImportLink::to).toList(),
                        "classes", p.links().stream().filter(l -> l.target() == LinkTarget.IPC_CLASS)
                                .map(ImportLink::to).toList())).consume();
            }
        }
        FirmProfileDeltas deltas = new FirmProfileDeltas();
        created.forEach(deltas::created);

        profiles.add(deltas, WriteProgress.NONE);

        assertThat(db.count("MATCH (e:Enterprise {uscc: 'B'}) RETURN e.patentCount")).isEqualTo(4);
        assertThat(latest("B")).containsExactly("2024-05-01 8");
        assertThat(latest("A")).containsExactly("2023-01-02 5", " 1");
        assertThat(db.count("MATCH ({uscc: 'B'})-[a:ACTIVE_IN]->({code: 'G06N'}) RETURN toInteger(a.sample)"))
                .isZero();
        ProfileSnapshot.assertUpToDate(db);
    }

    private List<String> latest(String uscc) {
        try (var session = db.driver().session()) {
            return session.run("MATCH (e:Enterprise {uscc: $uscc}) RETURN e.latestGrantedInventions AS l",
                    java.util.Map.of("uscc", uscc)).single().get("l").asList(v -> v.asString());
        }
    }

    /** A new patent as an import row: its firms, and its main class unless null. */
    private static final java.util.Map<String, java.time.LocalDate> FILED = java.util.Map.of(
            "5", java.time.LocalDate.of(2023, 1, 2), "8", java.time.LocalDate.of(2024, 5, 1));

    private static ImportRow patent(String key, String type, String status, List<String> firms, String mainClass) {
        List<ImportLink> links = new java.util.ArrayList<>();
        firms.forEach(f -> links.add(new ImportLink(LinkTarget.ENTERPRISE_APPLICANT, f, java.util.Map.of())));
        if (mainClass != null) {
            links.add(new ImportLink(LinkTarget.IPC_CLASS, mainClass, java.util.Map.of("main", true)));
        }
        java.util.Map<String, Object> properties = new java.util.HashMap<>(java.util.Map.of("type", type,
                "legalStatus", status));
        if (FILED.containsKey(key)) {
            properties.put("filingDate", FILED.get(key));
        }
        return new ImportRow(key, properties, key, links, java.util.Set.of());
    }

    @Test
    void manySmallBatchesGiveWhatOneBatchGives() {
        try (var session = db.driver().session()) {
            // 40 firms, each with patents in classes that other firms' patents share
            session.run("""
                    MATCH (sg:IpcClass {code: 'H01M50/609'}), (mg:IpcClass {code: 'H01M50/00'}),
                          (g06n:IpcClass {code: 'G06N'})
                    UNWIND range(1, 40) AS i
                    CREATE (e:Enterprise {uscc: 'F' + i})
                    WITH e, i, [sg, mg, g06n] AS classes
                    UNWIND range(1, i % 7 + 1) AS j
                    WITH i, j, classes[(i + j) % 3] AS c
                    CREATE (:Patent {applicationNumber: toString(1000 * i + j), filingDate: date('2020-01-01') + duration({days: j}),
                                     type: CASE WHEN j % 2 = 0 THEN 'INVENTION' ELSE 'DESIGN' END,
                                     legalStatus: CASE WHEN j % 3 = 0 THEN 'LAPSED' ELSE 'GRANTED' END})
                           -[:CLASSIFIED_AS {main: true}]->(c)
                    """).consume();
            session.run("""
                    MATCH (p:Patent) WHERE toInteger(p.applicationNumber) >= 1000
                    MATCH (e:Enterprise {uscc: 'F' + toString(toInteger(p.applicationNumber) / 1000)})
                    CREATE (p)-[:APPLIED_BY]->(e)
                    """).consume();
        }
        FirmProfileWriter fourFirmsABatch = new FirmProfileWriter(db.driver(), null, 4);

        assertThat(fourFirmsABatch.refreshAll(WriteProgress.NONE).items()).isEqualTo(42);
        List<String> inTwentyBatches = ProfileSnapshot.of(db);
        try (var session = db.driver().session()) {
            session.run("""
                    MATCH (e:Enterprise)
                    REMOVE e.patentCount, e.grantedInventionCount, e.lapsedPatentCount, e.latestGrantedInventions
                    WITH e
                    MATCH (e)-[a:ACTIVE_IN|ACTIVE_IN_SUBCLASS]->()
                    DELETE a
                    """).consume();
        }
        profiles.refreshAll(WriteProgress.NONE);

        assertThat(inTwentyBatches).hasSize(42).isEqualTo(ProfileSnapshot.of(db));
        assertThat(db.count("MATCH (:Enterprise {uscc: 'F6'})-[a:ACTIVE_IN]->() RETURN count(a)")).isEqualTo(3);
    }

    @Test
    void refreshesOnlyMissingOrOutdatedProfilesWhenAskedForStaleOnes() {
        profiles.refresh(List.of("A"), WriteProgress.NONE);
        assertThat(profiles.refreshStale(WriteProgress.NONE).items()).isEqualTo(1); // B had none
        try (var session = db.driver().session()) {
            session.run("""
                    MATCH (b:Enterprise {uscc: 'B'})
                    CREATE (:Patent {applicationNumber: '5', type: 'DESIGN', legalStatus: 'GRANTED'})-[:APPLIED_BY]->(b)
                    """).consume();
        }

        assertThat(profiles.refreshStale(WriteProgress.NONE).items()).isEqualTo(1);
        assertThat(db.count("MATCH (e:Enterprise {uscc: 'B'}) RETURN e.patentCount")).isEqualTo(2);
        assertThat(profiles.refreshStale(WriteProgress.NONE).items()).isZero();
    }
}
