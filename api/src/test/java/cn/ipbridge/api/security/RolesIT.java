package cn.ipbridge.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.savedrequest.RequestCacheAwareFilter;

import cn.ipbridge.api.support.SmallGraph;
import cn.ipbridge.api.support.SmallGraphTest;

/**
 * Every role against representative queries and mutations: what it may read is answered, what it may not comes
 * back null with a FORBIDDEN error naming the field; accounts and tokens themselves. {@link RoleMatrixIT} covers
 * every field of the schema and the scoped roles' rows.
 */
class RolesIT extends SmallGraphTest {

    /** Query -> the roles that may ask it (FieldPolicy); every other role is refused. */
    private static final Map<String, Set<Role>> QUERIES = new LinkedHashMap<>();

    static {
        Set<Role> everyone = Set.of(Role.values());
        Set<Role> staff = Set.of(Role.ADMIN, Role.STAFF);
        Set<Role> scoped = Set.of(Role.ADMIN, Role.STAFF, Role.OFFICER, Role.INSTITUTION, Role.FUNDER, Role.DISTRICT);
        QUERIES.put("{ schemaVersion me { username role } }", everyone);
        QUERIES.put("{ programmeKpis { year trainees deals } }", everyone);
        // A field-level rule: financing amounts are not for institutions.
        QUERIES.put("{ programmeKpis { dealAmount } }", Set.of(Role.ADMIN, Role.STAFF, Role.OFFICER, Role.FUNDER,
                Role.DISTRICT, Role.VIEWER));
        QUERIES.put("{ enterpriseStatistics(groupBy: DISTRICT) { key count } }", everyone);
        QUERIES.put("{ districts { adcode name enterpriseCount } ipcClass(code: \"H01L\") { code patentCount } }",
                everyone);
        QUERIES.put("{ institutions { name } funders { name } universities { name } }", everyone);
        QUERIES.put("{ enterprises(first: 5) { totalCount edges { node { uscc name } } } }", scoped);
        // Row-scoped: a firm outside the caller's scope is not found, which is no authorisation error.
        QUERIES.put("{ enterprise(uscc: \"" + SmallGraph.MICRO + "\") { name patents { title } } }", scoped);
        QUERIES.put("{ patents(first: 5) { totalCount } }", everyone);
        QUERIES.put("{ search(text: \"微电子\") { key label } }", everyone);
        // A DISTRICT explores from its own firms (微电子 is in 310115).
        QUERIES.put("{ neighbourhood(id: \"Enterprise:" + SmallGraph.MICRO + "\") { nodes { id } } }",
                Set.of(Role.ADMIN, Role.STAFF, Role.DISTRICT));
        QUERIES.put("{ enterpriseRanking(by: GRANTED_INVENTION_COUNT) { rank value } }", scoped);
        // An institution or funder only about itself; a district about any, offered only its own firms.
        QUERIES.put("{ firmsForInstitution(name: \"" + SmallGraph.SJTU + "\") { score } }",
                Set.of(Role.ADMIN, Role.STAFF, Role.INSTITUTION, Role.DISTRICT));
        QUERIES.put("{ firmsForInstitution(name: \"" + SmallGraph.FUDAN + "\") { score } }",
                Set.of(Role.ADMIN, Role.STAFF, Role.DISTRICT));
        QUERIES.put("{ pledgeCandidatesForFunder(name: \"某银行\") { score } }",
                Set.of(Role.ADMIN, Role.STAFF, Role.DISTRICT));
        QUERIES.put("mutation { refreshTopic(name: \"no-such-topic\") { name } }", staff);
        QUERIES.put("mutation { disableAccount(username: \"no-such-account\") }", Set.of(Role.ADMIN));
    }

    @Autowired
    AccountService accounts;

    @Autowired
    HttpGraphQlTester tester;

    @Autowired
    FilterChainProxy securityFilters;

    @LocalServerPort
    int port;

    private final Map<Role, HttpGraphQlTester> as = new EnumMap<>(Role.class);

    @BeforeEach
    void signInEveryRole() {
        for (Role role : Role.values()) {
            String username = "roles-" + role.name().toLowerCase();
            try {
                accounts.create(new AccountService.NewAccount(username, "a-long-enough-password", role, "O-1",
                        SmallGraph.SJTU, "某基金", "310115"), "RolesIT");
            } catch (RuntimeException exists) {
                // an earlier test created it
            }
            String token = accounts.createToken(username, "RolesIT", "RolesIT");
            as.put(role, tester.mutate().header("Authorization", "Bearer " + token).build());
        }
    }

    @Test
    void everyRoleGetsWhatThePolicyAllowsAndIsRefusedTheRest() {
        for (Map.Entry<String, Set<Role>> query : QUERIES.entrySet()) {
            for (Role role : Role.values()) {
                boolean allowed = query.getValue().contains(role);
                as.get(role).document(query.getKey()).execute().errors().satisfy(errors -> {
                    assertThat(errors).as("%s: a valid document", query.getKey())
                            .noneMatch(e -> e.getErrorType().toString().matches("ValidationError|InvalidSyntax"));
                    List<ResponseError> forbidden = errors.stream()
                            .filter(e -> e.getErrorType().toString().equals("FORBIDDEN")).toList();
                    if (allowed) {
                        assertThat(forbidden).as("%s may ask %s", role, query.getKey()).isEmpty();
                    } else {
                        assertThat(forbidden).as("%s is refused %s", role, query.getKey()).isNotEmpty();
                        assertThat(forbidden.get(0).getMessage()).contains("Not authorised").contains(role.name());
                    }
                });
            }
        }
    }

    @Test
    void scopesTheEnterpriseListInsideItsQuery() {
        String list = "query($district: String) { enterprises(first: 100, filter: {district: $district}) "
                + "{ totalCount edges { node { uscc } } } }";
        long all = as.get(Role.STAFF).document(list).execute().path("enterprises.totalCount").entity(Long.class).get();
        List<String> pudong = as.get(Role.STAFF).document(list).variable("district", "310115").execute()
                .path("enterprises.edges[*].node.uscc").entityList(String.class).get();
        assertThat(pudong).isNotEmpty().hasSizeLessThan((int) all);

        as.get(Role.DISTRICT).document(list).execute()
                .path("enterprises.totalCount").entity(Long.class).isEqualTo((long) pudong.size())
                .path("enterprises.edges[*].node.uscc").entityList(String.class).containsExactly(pudong.toArray(String[]::new));
        as.get(Role.INSTITUTION).document(list).execute()
                .path("enterprises.edges[*].node.uscc").entityList(String.class).containsExactly(SmallGraph.MICRO);
        as.get(Role.OFFICER).document(list).execute()
                .path("enterprises.totalCount").entity(Long.class).isEqualTo(0L);
    }

    @Test
    void meNamesTheCallerAndItsScope() {
        as.get(Role.INSTITUTION).document("{ me { username role institutionName } }").execute()
                .path("me.username").entity(String.class).isEqualTo("roles-institution")
                .path("me.role").entity(String.class).isEqualTo("INSTITUTION")
                .path("me.institutionName").entity(String.class).isEqualTo(SmallGraph.SJTU);
    }

    @Test
    void anAdministratorCreatesAnAccountAndATokenThatSignsItIn() throws Exception {
        as.get(Role.ADMIN).document("""
                        mutation { createAccount(input: {username: "new-viewer", password: "correct horse battery",
                                                         role: VIEWER}) { username role } }""")
                .execute().path("createAccount.role").entity(String.class).isEqualTo("VIEWER");
        String token = as.get(Role.ADMIN).document("mutation { createApiToken(username: \"new-viewer\") }")
                .execute().path("createApiToken").entity(String.class).get();
        assertThat(token).startsWith("ipb_");
        tester.mutate().header("Authorization", "Bearer " + token).build().document("{ me { username } }")
                .execute().path("me.username").entity(String.class).isEqualTo("new-viewer");

        as.get(Role.ADMIN).document("mutation { disableAccount(username: \"new-viewer\") }").execute()
                .path("disableAccount").entity(Boolean.class).isEqualTo(true);
        assertThat(post(token)).as("a disabled account's token").isEqualTo(401);
        assertThat(post("ipb_not-a-token")).as("an unknown token").isEqualTo(401);
    }

    @Test
    void refusesAWeakPasswordOrAMissingScopeNamingTheArgument() {
        as.get(Role.ADMIN).document("""
                        mutation { createAccount(input: {username: "weak", password: "short", role: STAFF}) { role } }""")
                .execute().errors().satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("'password'"));
        as.get(Role.ADMIN).document("""
                        mutation { createAccount(input: {username: "nofunder", password: "long enough password",
                                                         role: FUNDER}) { role } }""")
                .execute().errors().satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("'funderName'"));
    }

    @Test
    void theReportFilesAreForAdminStaffAndDistrictOnly() throws Exception {
        for (Role role : Role.values()) {
            String token = accounts.createToken("roles-" + role.name().toLowerCase(), "RolesIT", "RolesIT");
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/reports/half-year/2025-06-30.html")).header("Authorization", "Bearer " + token).GET().build();
            int status = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            assertThat(status).as("%s", role)
                    .isEqualTo(Set.of(Role.ADMIN, Role.STAFF, Role.DISTRICT).contains(role) ? 200 : 403);
        }
    }

    @Test
    void aTokenCallTakesTheChainWithoutTheBrowserSessionsFilters() throws Exception {
        MockHttpServletRequest call = new MockHttpServletRequest("POST", "/graphql");
        call.setServletPath("/graphql");
        call.addHeader("Authorization", "Bearer ipb_any");
        List<Class<?>> filters = filtersFor(call);
        assertThat(filters).contains(ApiTokenFilter.class, AuthorizationFilter.class, HeaderWriterFilter.class)
                .doesNotContain(CsrfFilter.class, LogoutFilter.class, RequestCacheAwareFilter.class,
                        AnonymousAuthenticationFilter.class, UsernamePasswordAuthenticationFilter.class);

        MockHttpServletRequest session = new MockHttpServletRequest("POST", "/graphql");
        session.setServletPath("/graphql");
        assertThat(filtersFor(session))
                .as("a browser's call").contains(CsrfFilter.class, LogoutFilter.class);

        String token = accounts.createToken("roles-staff", "RolesIT", "RolesIT");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { username } }\"}")).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).contains("roles-staff");
        assertThat(response.headers().allValues("Set-Cookie")).as("no session, no CSRF cookie").isEmpty();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    /** The filters of the first chain that takes the request, as FilterChainProxy chooses. */
    private List<Class<?>> filtersFor(MockHttpServletRequest request) {
        return securityFilters.getFilterChains().stream().filter(chain -> chain.matches(request)).findFirst()
                .orElseThrow().getFilters().stream().<Class<?>>map(Object::getClass).toList();
    }

    private int post(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ schemaVersion }\"}")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
