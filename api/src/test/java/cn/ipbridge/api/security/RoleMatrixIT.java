package cn.ipbridge.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import cn.ipbridge.api.support.GraphQlTestBase;
import cn.ipbridge.api.support.SmallGraph;
import cn.ipbridge.graph.model.Funder;
import cn.ipbridge.graph.model.FunderType;
import cn.ipbridge.graph.model.Officer;
import cn.ipbridge.graph.write.GraphWriter;
import cn.ipbridge.graph.write.WriteProgress;

/**
 * Every Query and Mutation field of the schema against every role ({@link FieldPolicy}): the schema's field list
 * is read and a field without a row here fails the test. Each role calls with its own scope's values, so an
 * allowed role is answered (or refused for a reason other than authorisation) and every other role gets FORBIDDEN.
 * Then, on a fixture of its own (SmallGraph plus the records below, in a context and database of their own), the
 * scoped roles see exactly their rows, and a mutation outside the scope is refused, naming the argument, with
 * nothing written.
 * <pre>
 * OFFICER  OFF-SCOPE-1, assigned to 康华 (310104), visited it; OFF-SCOPE-2 is assigned to 微电子 and visited it
 * INSTITUTION 上海交通大学: serves 微电子, hosts an event in 310115, handles a case for 微电子; the protection
 *          centre handles a case for 微电子 too, and hosts an event in 310104
 * FUNDER   范围测试基金: a deal to 芯联; 范围测试银行 a deal to 微电子
 * DISTRICT 310115 (浦东): 微电子 only; the key list 范围测试清单 holds 微电子 and 芯联
 * </pre>
 */
@TestPropertySource(properties = {"ipbridge.dataset.size=none", "ipbridge.matching.candidate-limit=1997"})
class RoleMatrixIT extends GraphQlTestBase {

    static final String OFFICER = "OFF-SCOPE-1";
    static final String OTHER_OFFICER = "OFF-SCOPE-2";
    static final String FUNDER = "范围测试基金";
    static final String OTHER_FUNDER = "范围测试银行";
    static final String DISTRICT = "310115";
    static final String OWN_EVENT = "范围测试·交大培训";
    static final String OTHER_EVENT = "范围测试·保护中心培训";
    static final String TRADEMARK = "12345678";
    static final String KEY_LIST = "范围测试清单";

    /** Field coordinate -> a document (using the variables of {@link #own}) and the roles that may call it. */
    private static final Map<String, Row> MATRIX = new LinkedHashMap<>();

    private record Row(String document, Set<Role> allowed) {
    }

    private static void row(String coordinate, String document, Set<Role> allowed) {
        MATRIX.put(coordinate, new Row(document, allowed));
    }

    static {
        Set<Role> everyone = EnumSet.allOf(Role.class);
        Set<Role> staff = EnumSet.of(Role.ADMIN, Role.STAFF);
        Set<Role> scoped = EnumSet.complementOf(EnumSet.of(Role.VIEWER));
        Set<Role> officerOrDistrict = EnumSet.of(Role.ADMIN, Role.STAFF, Role.OFFICER, Role.DISTRICT);
        Set<Role> district = EnumSet.of(Role.ADMIN, Role.STAFF, Role.DISTRICT);
        row("Query.schemaVersion", "{ schemaVersion }", everyone);
        row("Query.me", "{ me { role } }", everyone);
        row("Query.programmeKpis", "{ programmeKpis { year } }", everyone);
        row("Query.enterpriseStatistics", "{ enterpriseStatistics(groupBy: DISTRICT) { key count } }", everyone);
        row("Query.patentStatistics", "{ patentStatistics(groupBy: TYPE) { key count } }", everyone);
        row("Query.ipcClass", "{ ipcClass(code: \"H01L\") { code } }", everyone);
        row("Query.districts", "{ districts { adcode } }", everyone);
        row("Query.industries", "{ industries { code } }", everyone);
        row("Query.institutions", "{ institutions { name } }", everyone);
        row("Query.funders", "{ funders { name } }", everyone);
        row("Query.universities", "{ universities { name } }", everyone);
        row("Query.patent", "{ patent(number: \"" + SmallGraph.P1 + "\") { title } }", everyone);
        row("Query.patents", "{ patents(first: 5) { totalCount } }", everyone);
        row("Query.topic", "{ topic(name: \"no-such-topic\") { name } }", everyone);
        row("Query.notice", "{ notice(id: \"no-such-notice\") { id } }", everyone);
        row("Query.search", "{ search(text: \"上海\") { key } }", everyone);
        row("Query.enterprise", "query($firm: String!) { enterprise(uscc: $firm) { name } }", scoped);
        row("Query.enterprises", "{ enterprises(first: 5) { totalCount } }", scoped);
        row("Query.enterpriseRanking", "{ enterpriseRanking(by: PATENT_COUNT) { rank } }", scoped);
        row("Query.overdueVisits", "{ overdueVisits { totalCount } }", officerOrDistrict);
        for (String match : List.of("institutionsForEnterprise", "fundersForEnterprise", "patentsForEnterprise",
                "expertsForEnterprise", "officersForEnterprise")) {
            row("Query." + match, "query($firm: String!) { " + match + "(uscc: $firm) { score } }", officerOrDistrict);
        }
        row("Query.firmsForInstitution",
                "query($institution: String!) { firmsForInstitution(name: $institution) { score } }",
                EnumSet.of(Role.ADMIN, Role.STAFF, Role.INSTITUTION, Role.DISTRICT));
        row("Query.pledgeCandidatesForFunder",
                "query($funder: String!) { pledgeCandidatesForFunder(name: $funder) { score } }",
                EnumSet.of(Role.ADMIN, Role.STAFF, Role.FUNDER, Role.DISTRICT));
        row("Query.keySegments", "{ keySegments { segment count } }", district);
        row("Query.keyList", "{ keyList(name: \"no-such-list\") { name } }", district);
        row("Query.officers", "{ officers(first: 5) { id } }", staff);
        row("Query.targetProgress", "{ targetProgress { target } }", district);
        row("Query.halfYearReport", "{ halfYearReport(halfYearEnd: \"2025-06-30\") { title } }", district);
        row("Query.changes", "{ changes(first: 1) { edges { cursor } } }", district);
        row("Query.neighbourhood", "{ neighbourhood(id: \"Enterprise:" + SmallGraph.MICRO
                + "\") { nodes { id } } }", district);
        row("Query.shortestPath", "{ shortestPath(from: \"Enterprise:" + SmallGraph.MICRO + "\", to: \"Patent:"
                + SmallGraph.P3 + "\") { nodes { id } } }", district);
        row("Query.inCommon", "query($firm: String!) { inCommon(a: \"" + SmallGraph.MICRO
                + "\", b: $firm) { coAppliedPatents } }", district);
        row("Query.importJob", "{ importJob(id: \"no-such-job\") { id } }", staff);
        row("Query.imports", "{ imports { totalCount } }", staff);
        // Mutations: each allowed call is refused after authorisation (a bad value) or is idempotent, so the
        // matrix writes nothing the scope tests count.
        row("Mutation.recordVisit", """
                mutation($officer: String!, $firm: String!) { recordVisit(input: {officer: $officer, enterprise: $firm,
                    date: "2025-01-10", followUpDate: "2025-01-01"}) { visit { id } } }""", officerOrDistrict);
        row("Mutation.recordEvent", """
                mutation($institution: String, $district: String) { recordEvent(input: {title: " ", kind: TRAINING,
                    date: "2025-01-01", host: $institution, district: $district}) { event { id } } }""",
                EnumSet.of(Role.ADMIN, Role.STAFF, Role.INSTITUTION, Role.DISTRICT));
        row("Mutation.registerForEvent", """
                mutation($event: String!, $firm: String!) { registerForEvent(input: {event: $event, enterprise: $firm,
                    date: "2025-01-01"}) { change { actor } } }""",
                EnumSet.of(Role.ADMIN, Role.STAFF, Role.INSTITUTION, Role.DISTRICT));
        row("Mutation.recordAttendance", """
                mutation($event: String!, $firm: String!) { recordAttendance(input: {event: $event, enterprise: $firm,
                    headcount: 0}) { change { actor } } }""",
                EnumSet.of(Role.ADMIN, Role.STAFF, Role.INSTITUTION, Role.DISTRICT));
        row("Mutation.recordFinancingDeal", """
                mutation($funder: String!, $firm: String!) { recordFinancingDeal(input: {funder: $funder,
                    enterprise: $firm, amount: 0, date: "2025-01-01", kind: IP_PLEDGE}) { change { actor } } }""",
                EnumSet.of(Role.ADMIN, Role.STAFF, Role.FUNDER, Role.DISTRICT));
        row("Mutation.openServiceCase", """
                mutation($institution: String, $firm: String!) { openServiceCase(input: {kind: CONSULTATION,
                    enterprise: $firm, institution: $institution, opened: "2025-01-10", closed: "2025-01-01"})
                    { change { actor } } }""",
                EnumSet.of(Role.ADMIN, Role.STAFF, Role.INSTITUTION, Role.DISTRICT));
        row("Mutation.recordCaseOutcome", """
                mutation($case: String!) { recordCaseOutcome(input: {id: $case, outcome: " "}) { change { actor } } }""",
                EnumSet.of(Role.ADMIN, Role.STAFF, Role.INSTITUTION, Role.DISTRICT));
        row("Mutation.recordBestCase", """
                mutation($firm: String!) { recordBestCase(input: {title: " ", writeUp: "w", date: "2025-01-01",
                    enterprise: $firm}) { change { actor } } }""", district);
        row("Mutation.createEnterprise", """
                mutation($district: String!) { createEnterprise(input: {uscc: "%s", name: " ", district: $district,
                    industry: "IC"}) { change { actor } } }""".formatted(SmallGraph.MICRO), district);
        row("Mutation.correctEnterprise", """
                mutation($firm: String!) { correctEnterprise(input: {uscc: $firm}) { change { actor } } }""", district);
        row("Mutation.changeSrdiLevel", """
                mutation($firm: String!) { changeSrdiLevel(input: {enterprise: $firm, level: LITTLE_GIANT, year: 1800})
                    { change { actor } } }""", district);
        row("Mutation.assignOfficer", """
                mutation($firm: String!) { assignOfficer(input: {officer: "no-such-officer", enterprise: $firm})
                    { change { actor } } }""", district);
        row("Mutation.addKeyTrademark", """
                mutation($trademark: String!) { addKeyTrademark(input: {registrationNumber: $trademark,
                    since: "2024-01-01"}) { change { actor } } }""", district);
        row("Mutation.publishNotice", """
                mutation { publishNotice(input: {title: " ", kind: NEWS, body: "b", published: "2025-01-01"})
                    { change { actor } } }""", staff);
        row("Mutation.saveKeyList", """
                mutation { saveKeyList(name: "l", segment: SINGLE_PATENT, industry: "NO-SUCH") { name } }""", staff);
        row("Mutation.assignOfficerToKeyList", """
                mutation { assignOfficerToKeyList(listName: "no-such-list", officerId: "x") { name } }""", staff);
        row("Mutation.defineTopic", """
                mutation { defineTopic(name: " ", query: {keywords: ["x"]}) { name } }""", staff);
        row("Mutation.refreshTopic", "mutation { refreshTopic(name: \"no-such-topic\") { name } }", staff);
        // A multipart upload: the policy is asserted directly (RolesIT and ImportGraphQlIT call it over HTTP).
        row("Mutation.startImport", null, staff);
        Set<Role> admin = EnumSet.of(Role.ADMIN);
        row("Mutation.createAccount", """
                mutation { createAccount(input: {username: "weak", password: "short", role: STAFF}) { role } }""",
                admin);
        row("Mutation.disableAccount", "mutation { disableAccount(username: \"no-such-account\") }", admin);
        row("Mutation.createApiToken", "mutation { createApiToken(username: \"no-such-account\") }", admin);
    }

    @Autowired
    AccountService accounts;

    @Autowired
    HttpGraphQlTester tester;

    @Autowired
    GraphQlSource graphQlSource;

    @Autowired
    Driver driver;

    private final Map<Role, GraphQlTester> as = new EnumMap<>(Role.class);
    private final Map<Role, Map<String, Object>> own = new EnumMap<>(Role.class);

    @BeforeEach
    void fixtureAndAccounts() {
        long written = driver.executableQuery("MATCH (o:Officer {id: $id}) RETURN count(o) AS n")
                .withParameters(Map.of("id", OFFICER)).execute().records().get(0).get("n").asLong();
        if (written == 0) {
            writeFixture();
        }
        for (Role role : Role.values()) {
            String username = "matrix-" + role.name().toLowerCase();
            try {
                accounts.create(new AccountService.NewAccount(username, "a-long-enough-password", role, OFFICER,
                        SmallGraph.SJTU, FUNDER, DISTRICT), "RoleMatrixIT");
            } catch (RuntimeException exists) {
                // an earlier test created it
            }
            String token = accounts.createToken(username, "RoleMatrixIT", "RoleMatrixIT");
            Duration timeout = Duration.ofSeconds(60); // a loaded two-core machine, as in GraphQlTestBase
            as.put(role, tester.mutate().webTestClient(client -> client.responseTimeout(timeout))
                    .header("Authorization", "Bearer " + token).responseTimeout(timeout).build());
        }
        String ownEvent = eventId(OWN_EVENT);
        String ownCase = caseId(SmallGraph.SJTU);
        for (Role role : Role.values()) {
            Map<String, Object> values = new LinkedHashMap<>(Map.of("firm", SmallGraph.MICRO,
                    "officer", OTHER_OFFICER, "institution", SmallGraph.SJTU, "funder", FUNDER, "district", DISTRICT,
                    "event", ownEvent, "case", ownCase, "trademark", TRADEMARK));
            if (role == Role.OFFICER) {
                values.putAll(Map.of("firm", SmallGraph.KANGHUA, "officer", OFFICER));
            } else if (role == Role.FUNDER) {
                values.put("firm", SmallGraph.XINLIAN);
            }
            own.put(role, values);
        }
    }

    private void writeFixture() {
        GraphWriter graph = new GraphWriter(driver, null);
        SmallGraph.write(driver);
        graph.operations().officers(List.of(new Officer(OFFICER, "范一", "310104", List.of(SmallGraph.KANGHUA)),
                new Officer(OTHER_OFFICER, "范二", DISTRICT, List.of(SmallGraph.MICRO))), WriteProgress.NONE);
        graph.organisations().funders(List.of(
                new Funder(FUNDER, FunderType.INVESTOR, List.of(), false, List.of(), 10, 100, null),
                new Funder(OTHER_FUNDER, FunderType.BANK, List.of(), false, List.of(), 10, 100, null)),
                WriteProgress.NONE);
        driver.executableQuery("CALL db.awaitIndexes(60)").execute();
        staff("""
                mutation { a: recordVisit(input: {officer: "%s", enterprise: "%s", date: "2020-01-01"}) { change { id } }
                           b: recordVisit(input: {officer: "%s", enterprise: "%s", date: "2020-01-01"}) { change { id } }
                           c: recordFinancingDeal(input: {funder: "%s", enterprise: "%s", amount: 100,
                                 date: "2024-01-01", kind: IP_PLEDGE}) { change { id } }
                           d: recordFinancingDeal(input: {funder: "%s", enterprise: "%s", amount: 200,
                                 date: "2024-02-01", kind: GUARANTEE}) { change { id } }
                           e: openServiceCase(input: {kind: PATENT_NAVIGATION, enterprise: "%s", institution: "%s",
                                 opened: "2024-03-01"}) { change { id } }
                           f: openServiceCase(input: {kind: RIGHTS_ASSISTANCE, enterprise: "%s", institution: "%s",
                                 opened: "2024-04-01"}) { change { id } }
                           g: recordEvent(input: {title: "%s", kind: TRAINING, date: "2024-05-01", district: "%s",
                                 host: "%s"}) { change { id } }
                           h: recordEvent(input: {title: "%s", kind: TRAINING, date: "2024-05-02", district: "310104",
                                 host: "%s"}) { change { id } } }""".formatted(
                OFFICER, SmallGraph.KANGHUA, OTHER_OFFICER, SmallGraph.MICRO,
                FUNDER, SmallGraph.XINLIAN, OTHER_FUNDER, SmallGraph.MICRO,
                SmallGraph.MICRO, SmallGraph.SJTU, SmallGraph.MICRO, SmallGraph.PROTECTION_CENTRE,
                OWN_EVENT, DISTRICT, SmallGraph.SJTU, OTHER_EVENT, SmallGraph.PROTECTION_CENTRE));
        driver.executableQuery("""
                        CREATE (k:KeyList {name: $name, segment: 'SINGLE_PATENT', created: date('2024-03-01')})
                        WITH k MATCH (e:Enterprise) WHERE e.uscc IN $members CREATE (k)-[:INCLUDES]->(e)""")
                .withParameters(Map.of("name", KEY_LIST, "members", List.of(SmallGraph.MICRO, SmallGraph.XINLIAN)))
                .execute();
    }

    private void staff(String document) {
        graphQl.document(document).execute().errors().verify();
    }

    private String eventId(String title) {
        return driver.executableQuery("MATCH (e:Event {title: $t}) RETURN e.id AS id")
                .withParameters(Map.of("t", title)).execute().records().get(0).get("id").asString();
    }

    private String caseId(String institution) {
        return driver.executableQuery("""
                        MATCH (c:ServiceCase)-[:HANDLED_BY]->(:Institution {name: $i})
                        WHERE EXISTS { (c)-[:FOR]->(:Enterprise {uscc: $uscc}) } RETURN c.id AS id""")
                .withParameters(Map.of("i", institution, "uscc", SmallGraph.MICRO)).execute()
                .records().get(0).get("id").asString();
    }

    private long changes() {
        return driver.executableQuery("MATCH (c:Change) RETURN count(c) AS n").execute()
                .records().get(0).get("n").asLong();
    }

    @Test
    void everyQueryAndMutationOfTheSchemaHasARowInTheMatrix() {
        Set<String> fields = new TreeSet<>();
        for (GraphQLObjectType type : List.of(graphQlSource.schema().getQueryType(),
                graphQlSource.schema().getMutationType())) {
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                fields.add(type.getName() + "." + field.getName());
            }
        }
        assertThat(MATRIX.keySet()).as("the role matrix covers the schema").containsExactlyInAnyOrderElementsOf(fields);
    }

    @Test
    void everyRoleIsAnsweredWhatTheMatrixAllowsAndRefusedTheRest() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Row> field : MATRIX.entrySet()) {
            String[] coordinate = field.getKey().split("\\.");
            for (Role role : Role.values()) {
                boolean allowed = field.getValue().allowed().contains(role);
                if (field.getValue().document() == null) {
                    if (FieldPolicy.allows(role, coordinate[0], field.getKey()) != allowed) {
                        wrong.add(role + " " + field.getKey() + (allowed ? " refused" : " allowed"));
                    }
                    continue;
                }
                as.get(role).document(field.getValue().document()).variables(own.get(role)).execute()
                        .errors().satisfy(errors -> {
                            assertThat(errors).as("%s: a valid document", field.getKey())
                                    .noneMatch(e -> e.getErrorType().toString()
                                            .matches("ValidationError|InvalidSyntax"));
                            List<ResponseError> forbidden = errors.stream()
                                    .filter(e -> e.getErrorType().toString().equals("FORBIDDEN")).toList();
                            if (allowed && !forbidden.isEmpty()) {
                                wrong.add(role + " refused " + field.getKey() + ": " + forbidden.get(0).getMessage());
                            } else if (!allowed && forbidden.stream().noneMatch(e -> e.getMessage()
                                    .contains("Not authorised") && e.getMessage().contains(role.name()))) {
                                wrong.add(role + " allowed " + field.getKey() + ": " + errors);
                            }
                        });
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void scopedRolesListRankSearchAndReadOnlyTheirFirms() {
        Map<Role, List<String>> firms = Map.of(
                Role.ADMIN, List.of(SmallGraph.KANGHUA, SmallGraph.XINLIAN, SmallGraph.MICRO),
                Role.STAFF, List.of(SmallGraph.KANGHUA, SmallGraph.XINLIAN, SmallGraph.MICRO),
                Role.OFFICER, List.of(SmallGraph.KANGHUA),
                Role.INSTITUTION, List.of(SmallGraph.MICRO),
                Role.FUNDER, List.of(SmallGraph.XINLIAN),
                Role.DISTRICT, List.of(SmallGraph.MICRO));
        for (Map.Entry<Role, List<String>> scope : firms.entrySet()) {
            GraphQlTester caller = as.get(scope.getKey());
            String[] expected = scope.getValue().toArray(String[]::new);
            assertThat(caller.document("{ enterprises(first: 100) { totalCount edges { node { uscc } } } }").execute()
                    .path("enterprises.totalCount").entity(Long.class).isEqualTo((long) expected.length)
                    .path("enterprises.edges[*].node.uscc").entityList(String.class).get())
                    .as("%s lists", scope.getKey()).containsExactlyInAnyOrder(expected);
            assertThat(caller.document("{ search(text: \"上海\", kinds: [ENTERPRISE]) { key } }").execute()
                    .path("search[*].key").entityList(String.class).get())
                    .as("%s finds", scope.getKey()).containsExactlyInAnyOrder(expected);
            assertThat(caller.document("{ enterpriseRanking(by: PATENT_COUNT, first: 100) { enterprise { uscc } } }")
                    .execute().path("enterpriseRanking[*].enterprise.uscc").entityList(String.class).get())
                    .as("%s ranks", scope.getKey()).containsExactlyInAnyOrder(expected);
            for (String uscc : List.of(SmallGraph.MICRO, SmallGraph.XINLIAN, SmallGraph.KANGHUA)) {
                boolean visible = scope.getValue().contains(uscc);
                GraphQlTester.Response response = caller.document("query($u: String!) { enterprise(uscc: $u) { uscc } }")
                        .variable("u", uscc).execute();
                if (visible) {
                    response.path("enterprise.uscc").entity(String.class).isEqualTo(uscc);
                } else {
                    response.errors().satisfy(errors -> assertThat(errors).as("%s reads %s", scope.getKey(), uscc)
                            .singleElement().satisfies(e -> assertThat(e.getMessage()).contains("No enterprise")));
                    response.path("enterprise").valueIsNull();
                }
            }
        }
        assertThat(as.get(Role.VIEWER).document("{ search(text: \"一种\") { kind key } }").execute()
                .path("search[*].kind").entityList(String.class).get()).contains("PATENT").doesNotContain("ENTERPRISE");
    }

    @Test
    void overdueVisitsAreAnOfficersOwnFirmsAndADistrictsFirms() {
        String overdue = "{ overdueVisits(date: \"2025-01-01\", first: 50) { totalCount edges { node { enterprise { uscc } } } } }";
        graphQl.document(overdue).execute().path("overdueVisits.totalCount").entity(Long.class).isEqualTo(2L);
        as.get(Role.OFFICER).document(overdue).execute()
                .path("overdueVisits.totalCount").entity(Long.class).isEqualTo(1L)
                .path("overdueVisits.edges[*].node.enterprise.uscc").entityList(String.class)
                .containsExactly(SmallGraph.KANGHUA);
        as.get(Role.DISTRICT).document(overdue).execute()
                .path("overdueVisits.totalCount").entity(Long.class).isEqualTo(1L)
                .path("overdueVisits.edges[*].node.enterprise.uscc").entityList(String.class)
                .containsExactly(SmallGraph.MICRO);
    }

    @Test
    void aDistrictsKeySegmentsHoldOnlyItsFirms() {
        String segments = "{ keySegments { members(first: 100) { edges { node { uscc } } } } }";
        Set<String> all = new TreeSet<>(graphQl.document(segments).execute()
                .path("keySegments[*].members.edges[*].node.uscc").entityList(String.class).get());
        Set<String> district = new TreeSet<>(as.get(Role.DISTRICT).document(segments).execute()
                .path("keySegments[*].members.edges[*].node.uscc").entityList(String.class).get());
        all.retainAll(Set.of(SmallGraph.MICRO));
        assertThat(district).isEqualTo(all);
    }

    @Test
    void aDistrictsTargetsCountOnlyItsFirmsAndTheEventsInIt() {
        String targets = "{ targetProgress(date: \"2024-12-31\") { target goal actual } }";
        Map<String, Map<String, Object>> city = byKey(graphQl, targets, "targetProgress", "target");
        Map<String, Map<String, Object>> pudong = byKey(as.get(Role.DISTRICT), targets, "targetProgress", "target");
        String year = " date('2024-01-01') <= ev.date <= date('2024-12-31') ";
        assertThat(number(pudong, "TRAINING_SESSIONS", "actual")).isEqualTo(inDistrict(
                "MATCH (ev:Event {kind: 'TRAINING'})-[:LOCATED_IN]->(:District {adcode: $d}) WHERE" + year
                        + "RETURN count(ev)")).isEqualTo(1).isLessThan(number(city, "TRAINING_SESSIONS", "actual"));
        assertThat(number(pudong, "TRAINEES", "actual")).isEqualTo(inDistrict("""
                MATCH (:District {adcode: $d})<-[:LOCATED_IN]-(:Enterprise)-[a:ATTENDED]->(ev:Event {kind: 'TRAINING'})
                      -[:LOCATED_IN]->(:District {adcode: $d}) WHERE""" + year + "RETURN coalesce(sum(a.headcount), 0)"));
        assertThat(number(pudong, "KEY_FIRM_VISITS", "goal")).isEqualTo(inDistrict("""
                MATCH (e:Enterprise)-[:LOCATED_IN]->(:District {adcode: $d})
                WHERE EXISTS { (:Officer)-[:ASSIGNED_TO]->(e) } RETURN count(e)""")).isEqualTo(1)
                .isLessThan(number(city, "KEY_FIRM_VISITS", "goal"));
        assertThat(number(pudong, "SRDI_FIRMS_SERVED", "actual")).isEqualTo(inDistrict("""
                MATCH (e:Enterprise)-[:LOCATED_IN]->(:District {adcode: $d})
                WHERE e.srdiLevel IS NOT NULL AND EXISTS { (:Institution)-[:SERVES]->(e) } RETURN count(e)"""))
                .isLessThan(number(city, "SRDI_FIRMS_SERVED", "actual"));
    }

    @Test
    void aDistrictsHalfYearReportCountsAndListsOnlyItsFirmsAndTheEventsInIt() {
        var report = as.get(Role.DISTRICT).documentName("halfYearReport").variable("halfYearEnd", "2024-06-30")
                .execute();
        assertThat(report.path("halfYearReport.title").entity(String.class).get()).startsWith("2024年上半年")
                .contains(DISTRICT);
        String figures = "halfYearReport.sections[*].figures[*]";
        Map<String, Map<String, Object>> pudong = byKey(report.path(figures).entityList(Map.class).get());
        Map<String, Map<String, Object>> city = byKey(graphQl.documentName("halfYearReport")
                .variable("halfYearEnd", "2024-06-30").execute().path(figures).entityList(Map.class).get());
        String half = " date('2024-01-01') <= %s < date('2024-07-01') ";
        Map<String, String> counts = Map.of(
                "events.TRAINING", "MATCH (ev:Event {kind: 'TRAINING'})-[:LOCATED_IN]->(:District {adcode: $d}) WHERE"
                        + half.formatted("ev.date") + "RETURN count(ev)",
                "financingDeals", "MATCH (x:FinancingDeal)-[:TO]->(:Enterprise)-[:LOCATED_IN]->(:District {adcode: $d})"
                        + " WHERE" + half.formatted("x.date") + "RETURN count(x)",
                "cases.RIGHTS_ASSISTANCE", "MATCH (c:ServiceCase {kind: 'RIGHTS_ASSISTANCE'})-[:FOR]->(:Enterprise)"
                        + "-[:LOCATED_IN]->(:District {adcode: $d}) WHERE" + half.formatted("c.opened") + "RETURN count(c)",
                "keyFirms", "MATCH (e:Enterprise)-[:LOCATED_IN]->(:District {adcode: $d})"
                        + " WHERE EXISTS { (:Officer)-[:ASSIGNED_TO]->(e) } RETURN count(e)",
                "keyListFirms", "MATCH (e:Enterprise)-[:LOCATED_IN]->(:District {adcode: $d})"
                        + " WHERE EXISTS { (:KeyList)-[:INCLUDES]->(e) } RETURN count(e)");
        counts.forEach((key, cypher) -> assertThat(number(pudong, key, "value")).as(key).isEqualTo(inDistrict(cypher))
                .isPositive());
        for (String key : List.of("events.TRAINING", "financingDeals", "keyFirms", "keyListFirms")) {
            assertThat(number(pudong, key, "value")).as(key).isLessThan(number(city, key, "value"));
        }
        Map<String, Map<String, Object>> lists = byKey(report.path("halfYearReport.sections[*].lists[*]")
                .entityList(Map.class).get());
        assertThat(lists.get("trainings").get("rows")).asList().singleElement().asList().contains(OWN_EVENT);
        assertThat(lists.get("deals").get("rows")).asList().singleElement().asList().contains(OTHER_FUNDER);
    }

    @Test
    void aDistrictReadsAKeyListWithOnlyItsMembers() {
        String list = "{ keyList(name: \"" + KEY_LIST + "\") { size members(first: 10) { edges { node { uscc } } } } }";
        graphQl.document(list).execute().path("keyList.size").entity(Integer.class).isEqualTo(2)
                .path("keyList.members.edges[*].node.uscc").entityList(String.class)
                .containsExactly(SmallGraph.XINLIAN, SmallGraph.MICRO); // by credit code
        as.get(Role.DISTRICT).document(list).execute().path("keyList.size").entity(Integer.class).isEqualTo(1)
                .path("keyList.members.edges[*].node.uscc").entityList(String.class).containsExactly(SmallGraph.MICRO);
    }

    @Test
    void aDistrictSeesOnlyTheChangesOfItsFirmsAndEvents() {
        String visits = "{ changes(entity: \"Visit\", first: 100) { edges { node { key after } } } }";
        String microVisit = recordId("MATCH (v:Visit)-[:AT]->(:Enterprise {uscc: $u}) RETURN v.id", SmallGraph.MICRO);
        String kanghuaVisit = recordId("MATCH (v:Visit)-[:AT]->(:Enterprise {uscc: $u}) RETURN v.id",
                SmallGraph.KANGHUA);
        assertThat(keys(graphQl, visits)).contains(microVisit, kanghuaVisit);
        assertThat(keys(as.get(Role.DISTRICT), visits)).contains(microVisit).doesNotContain(kanghuaVisit);
        // A visit's record holds the officer's notes, which a DISTRICT may not read.
        String one = "{ changes(entity: \"Visit\", key: \"" + microVisit + "\") { edges { node { after } } } }";
        graphQl.document(one).execute().path("changes.edges[0].node.after").entity(String.class)
                .satisfies(after -> assertThat(after).contains(SmallGraph.MICRO));
        as.get(Role.DISTRICT).document(one).execute().path("changes.edges[0].node.after").valueIsNull();
        String deals = "{ changes(entity: \"FinancingDeal\", first: 100) { edges { node { key } } } }";
        String dealFor = "MATCH (d:FinancingDeal)-[:TO]->(:Enterprise {uscc: $u}) RETURN min(d.id)";
        assertThat(keys(as.get(Role.DISTRICT), deals)).contains(recordId(dealFor, SmallGraph.MICRO))
                .doesNotContain(recordId(dealFor, SmallGraph.XINLIAN));
        String events = "{ changes(entity: \"Event\", first: 100) { edges { node { key } } } }";
        assertThat(keys(as.get(Role.DISTRICT), events)).contains(eventId(OWN_EVENT)).doesNotContain(eventId(OTHER_EVENT));
        String accounts = "{ changes(entity: \"ApiToken\", first: 5) { edges { node { key } } } }";
        assertThat(keys(graphQl, accounts)).isNotEmpty();
        assertThat(keys(as.get(Role.DISTRICT), accounts)).isEmpty();
    }

    @Test
    void aDistrictsNeighbourhoodHoldsNoFirmOrRecordOutsideItsDistrict() {
        String neighbourhood = "query($id: ID!) { neighbourhood(id: $id, depth: 3, limit: 500) { nodes { id } } }";
        String micro = "Enterprise:" + SmallGraph.MICRO;
        String xinlian = "Enterprise:" + SmallGraph.XINLIAN;
        // 芯联's patent cites 微电子's, and both sit in the same IPC group: three steps apart.
        assertThat(ids(graphQl, neighbourhood, micro)).contains(xinlian);
        List<String> pudong = ids(as.get(Role.DISTRICT), neighbourhood, micro);
        assertThat(pudong).contains(micro, "Patent:" + SmallGraph.P1, "Patent:" + SmallGraph.P3)
                .filteredOn(id -> id.startsWith("Enterprise:")).containsExactly(micro);
        Map<String, String> ofMicro = Map.of("FinancingDeal", "(x:FinancingDeal {id: $id})-[:TO]->",
                "Visit", "(x:Visit {id: $id})-[:AT]->", "ServiceCase", "(x:ServiceCase {id: $id})-[:FOR]->",
                "Officer", "(x:Officer {id: $id})-[:ASSIGNED_TO]->");
        assertThat(pudong).filteredOn(id -> ofMicro.containsKey(id.substring(0, id.indexOf(':'))))
                .hasSizeGreaterThanOrEqualTo(4).allSatisfy(id -> assertThat(inDistrict("MATCH "
                        + ofMicro.get(id.substring(0, id.indexOf(':'))) + "(:Enterprise {uscc: $micro}) RETURN count(x)",
                        id.substring(id.indexOf(':') + 1)) > 0).as("%s is one of 微电子's", id).isTrue());
        // From a public node too: 芯联's own patent.
        assertThat(ids(graphQl, neighbourhood, "Patent:" + SmallGraph.P3)).contains(xinlian);
        assertThat(ids(as.get(Role.DISTRICT), neighbourhood, "Patent:" + SmallGraph.P3)).isNotEmpty()
                .filteredOn(id -> id.startsWith("Enterprise:")).containsExactly(micro);
        as.get(Role.DISTRICT).document(neighbourhood).variable("id", xinlian).execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("No node")));
    }

    @Test
    void aDistrictsShortestPathNeverRunsThroughAnotherDistrictsFirm() {
        String path = "query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxLength: 6) { nodes { id } } }";
        String micro = "Enterprise:" + SmallGraph.MICRO;
        // 范围测试基金 financed only 芯联: every way to it from 微电子 runs through 芯联 and its deal.
        assertThat(ids(graphQl, path, micro, "Funder:" + FUNDER)).contains("Enterprise:" + SmallGraph.XINLIAN);
        assertThat(ids(as.get(Role.DISTRICT), path, micro, "Funder:" + FUNDER)).isEmpty();
        // 芯联's patent cites both of 微电子's: either is a shortest way.
        assertThat(ids(as.get(Role.DISTRICT), path, micro, "Patent:" + SmallGraph.P3)).hasSize(3)
                .startsWith(micro).endsWith("Patent:" + SmallGraph.P3)
                .containsAnyOf("Patent:" + SmallGraph.P1, "Patent:" + SmallGraph.P2);
        as.get(Role.DISTRICT).document(path).variable("from", micro).variable("to", "Enterprise:" + SmallGraph.XINLIAN)
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("No node")));
    }

    private static List<String> ids(GraphQlTester caller, String document, String... nodes) {
        GraphQlTester.Request<?> request = caller.document(document);
        if (nodes.length == 1) {
            request = request.variable("id", nodes[0]);
        } else {
            request = request.variable("from", nodes[0]).variable("to", nodes[1]);
        }
        String field = nodes.length == 1 ? "neighbourhood" : "shortestPath";
        return request.execute().path(field + ".nodes[*].id").entityList(String.class).get();
    }

    private static List<String> keys(GraphQlTester caller, String changes) {
        return caller.document(changes).execute().path("changes.edges[*].node.key").entityList(String.class).get();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> byKey(GraphQlTester caller, String document, String field,
                                                          String key) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        caller.document(document).execute().path(field).entityList(Map.class).get()
                .forEach(row -> rows.put((String) row.get(key), row));
        return rows;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, Map<String, Object>> byKey(List<Map> rows) {
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        rows.forEach(row -> byKey.put((String) row.get("key"), row));
        return byKey;
    }

    private static double number(Map<String, Map<String, Object>> rows, String key, String field) {
        return ((Number) rows.get(key).get(field)).doubleValue();
    }

    /** An independent count (or test) over the fixture: {@code $d} the district, {@code $micro}, {@code $id}. */
    private double inDistrict(String cypher, String... id) {
        Map<String, Object> parameters = new LinkedHashMap<>(Map.of("d", DISTRICT, "micro", SmallGraph.MICRO));
        if (id.length > 0) {
            parameters.put("id", id[0]);
        }
        return driver.executableQuery(cypher).withParameters(parameters).execute().records().get(0).get(0)
                .asNumber().doubleValue();
    }

    private String recordId(String cypher, String uscc) {
        return driver.executableQuery(cypher).withParameters(Map.of("u", uscc)).execute().records().get(0).get(0)
                .asString();
    }

    @Test
    void aFirmsRecordsReachedThroughAnotherTypeAreScopedToo() {
        // 微电子 through a public patent: an officer of another firm sees none of its visits or officers.
        String throughPatent = "{ patent(number: \"" + SmallGraph.P1 + "\") { applicants { enterprise { uscc "
                + "visits { id } officers { id } needs { kind } } } } }";
        as.get(Role.OFFICER).document(throughPatent).execute()
                .path("patent.applicants[0].enterprise.visits").entityList(Object.class).hasSize(0)
                .path("patent.applicants[0].enterprise.officers").entityList(Object.class).hasSize(0)
                .path("patent.applicants[0].enterprise.needs").entityList(Object.class).hasSize(0);
        as.get(Role.DISTRICT).document(throughPatent).execute()
                .path("patent.applicants[0].enterprise.needs").entityList(Object.class).hasSizeGreaterThan(0)
                .path("patent.applicants[0].enterprise.visits").entityList(Object.class).hasSize(1)
                .path("patent.applicants[0].enterprise.officers[*].id").entityList(String.class)
                .containsExactly(OTHER_OFFICER);
        // An institution sees its own cases of a firm it serves, never another institution's.
        String cases = "query($u: String!) { enterprise(uscc: $u) { serviceCases { institution } } }";
        as.get(Role.INSTITUTION).document(cases).variable("u", SmallGraph.MICRO).execute()
                .path("enterprise.serviceCases[*].institution").entityList(String.class)
                .containsExactly(SmallGraph.SJTU);
        assertThat(as.get(Role.DISTRICT).document(cases).variable("u", SmallGraph.MICRO).execute()
                .path("enterprise.serviceCases[*].institution").entityList(String.class).get())
                .containsExactlyInAnyOrder(SmallGraph.SJTU, SmallGraph.PROTECTION_CENTRE);
        // A funder sees its own deals only.
        String deals = "query($u: String!) { enterprise(uscc: $u) { financingDeals { funder } } }";
        assertThat(as.get(Role.FUNDER).document(deals).variable("u", SmallGraph.XINLIAN).execute()
                .path("enterprise.financingDeals[*].funder").entityList(String.class).get())
                .isNotEmpty().containsOnly(FUNDER);
        as.get(Role.DISTRICT).document(deals).variable("u", SmallGraph.MICRO).execute()
                .path("enterprise.financingDeals[*].funder").entityList(String.class).containsExactly(OTHER_FUNDER);
    }

    @Test
    void aCallOutsideTheScopeIsRefusedNamingTheArgumentAndWritesNothing() {
        String microEvent = eventId(OWN_EVENT);
        String otherEvent = eventId(OTHER_EVENT);
        String otherCase = caseId(SmallGraph.PROTECTION_CENTRE);
        Map<Role, List<Map.Entry<String, String>>> refusals = Map.of(
                Role.OFFICER, List.of(
                        Map.entry(visit(OTHER_OFFICER, SmallGraph.KANGHUA), "'input.officer'"),
                        Map.entry(visit(OFFICER, SmallGraph.MICRO), "'input.enterprise'"),
                        Map.entry(match(SmallGraph.MICRO), "'uscc'")),
                Role.INSTITUTION, List.of(
                        Map.entry(serviceCase(SmallGraph.PROTECTION_CENTRE), "'input.institution'"),
                        Map.entry(outcome(otherCase), "'input.id'"),
                        Map.entry(attendance(otherEvent, SmallGraph.MICRO), "'input.event'"),
                        Map.entry(event(SmallGraph.PROTECTION_CENTRE, null), "'input.host'")),
                Role.FUNDER, List.of(Map.entry(deal(OTHER_FUNDER), "'input.funder'")),
                Role.DISTRICT, List.of(
                        Map.entry(visit(OFFICER, SmallGraph.KANGHUA), "'input.enterprise'"),
                        Map.entry(attendance(microEvent, SmallGraph.KANGHUA), "'input.enterprise'"),
                        Map.entry(attendance(otherEvent, SmallGraph.MICRO), "'input.event'"),
                        Map.entry(event(null, "310104"), "'input.district'"),
                        Map.entry("mutation { changeSrdiLevel(input: {enterprise: \"" + SmallGraph.KANGHUA
                                + "\", level: LITTLE_GIANT, year: 2024}) { change { id } } }", "'input.enterprise'"),
                        Map.entry("mutation { correctEnterprise(input: {uscc: \"" + SmallGraph.MICRO
                                + "\", district: \"310104\"}) { change { id } } }", "'input.district'"),
                        Map.entry(match(SmallGraph.KANGHUA), "'uscc'"),
                        Map.entry(inCommon(SmallGraph.MICRO, SmallGraph.XINLIAN), "'b'"),
                        Map.entry(inCommon(SmallGraph.KANGHUA, SmallGraph.MICRO), "'a'")));
        long before = changes();
        for (Map.Entry<Role, List<Map.Entry<String, String>>> role : refusals.entrySet()) {
            for (Map.Entry<String, String> call : role.getValue()) {
                as.get(role.getKey()).document(call.getKey()).execute().errors().satisfy(errors -> {
                    assertThat(errors).as("%s: %s", role.getKey(), call.getKey()).hasSize(1);
                    assertThat(errors.get(0).getErrorType().toString()).isEqualTo("FORBIDDEN");
                    assertThat(errors.get(0).getMessage()).contains(role.getKey().name(), call.getValue());
                });
            }
        }
        assertThat(changes()).as("nothing written").isEqualTo(before);
    }

    @Test
    void aCallInsideTheScopeIsWrittenAndTheAuditNamesTheCaller() {
        Map<Role, Map.Entry<String, String>> writes = Map.of(
                Role.OFFICER, Map.entry(visit(OFFICER, SmallGraph.KANGHUA), "recordVisit"),
                Role.INSTITUTION, Map.entry(serviceCase(SmallGraph.SJTU), "openServiceCase"),
                Role.FUNDER, Map.entry(deal(FUNDER), "recordFinancingDeal"),
                Role.DISTRICT, Map.entry(attendance(eventId(OWN_EVENT), SmallGraph.MICRO), "recordAttendance"));
        for (Map.Entry<Role, Map.Entry<String, String>> write : writes.entrySet()) {
            String actor = as.get(write.getKey()).document(write.getValue().getKey()).execute()
                    .path(write.getValue().getValue() + ".change.actor").entity(String.class).get();
            assertThat(actor).as("%s's change", write.getKey())
                    .isEqualTo("matrix-" + write.getKey().name().toLowerCase());
        }
        as.get(Role.INSTITUTION).document(event(SmallGraph.SJTU, DISTRICT)).execute()
                .path("recordEvent.change.actor").entity(String.class).isEqualTo("matrix-institution");
    }

    private static String visit(String officer, String uscc) {
        return "mutation { recordVisit(input: {officer: \"%s\", enterprise: \"%s\", date: \"%s\"}) { change { actor } } }"
                .formatted(officer, uscc, LocalDate.of(2020, 6, 1));
    }

    private static String inCommon(String a, String b) {
        return "{ inCommon(a: \"" + a + "\", b: \"" + b + "\") { coAppliedPatents } }";
    }

    private static String match(String uscc) {
        return "{ institutionsForEnterprise(uscc: \"" + uscc + "\") { score } }";
    }

    private static String serviceCase(String institution) {
        return ("mutation { openServiceCase(input: {kind: CONSULTATION, enterprise: \"%s\", institution: \"%s\", "
                + "opened: \"2024-06-01\"}) { change { actor } } }").formatted(SmallGraph.KANGHUA, institution);
    }

    private static String outcome(String id) {
        return "mutation { recordCaseOutcome(input: {id: \"%s\", outcome: \"done\"}) { change { actor } } }"
                .formatted(id);
    }

    private static String attendance(String event, String uscc) {
        return "mutation { recordAttendance(input: {event: \"%s\", enterprise: \"%s\", headcount: 2}) { change { actor } } }"
                .formatted(event, uscc);
    }

    private static String event(String host, String district) {
        return ("mutation { recordEvent(input: {title: \"范围测试·新活动\", kind: EXCHANGE, date: \"2024-07-01\"%s%s}) "
                + "{ change { actor } } }").formatted(host == null ? "" : ", host: \"" + host + "\"",
                district == null ? "" : ", district: \"" + district + "\"");
    }

    private static String deal(String funder) {
        return ("mutation { recordFinancingDeal(input: {funder: \"%s\", enterprise: \"%s\", amount: 50, "
                + "date: \"2024-08-01\", kind: IP_INSURANCE}) { change { actor } } }")
                .formatted(funder, SmallGraph.XINLIAN);
    }
}
