package cn.ipbridge.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.ObjectMapper;

import cn.ipbridge.api.support.SmallGraphTest;

/**
 * The API accepting JWTs from a real OpenID Connect issuer ({@link TestIssuer}, started before the application,
 * which reads its discovery document at start), with no anonymous role: a valid token signs in with the role of its
 * claim; an expired one, one for another audience or from another issuer, and one signed with a key the issuer
 * does not publish are 401.
 */
class OidcIssuerIT extends SmallGraphTest {

    private static final String AUDIENCE = "ipbridge-api";
    private static final TestIssuer ISSUER = new TestIssuer();
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("ipbridge.security.anonymous-role", () -> "");
        registry.add("ipbridge.security.oidc.issuer-uri", ISSUER::uri);
        registry.add("ipbridge.security.oidc.audience", () -> AUDIENCE);
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.close();
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void acceptsAValidTokenWithTheRoleOfItsClaim() throws Exception {
        HttpResponse<String> staff = me(ISSUER.token("li.si", "STAFF", AUDIENCE, 300));
        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.body()).contains("\"username\":\"li.si\"").contains("\"role\":\"STAFF\"");

        HttpResponse<String> viewer = me(ISSUER.token("zhao", List.of("offline_access", "ROLE_VIEWER"), AUDIENCE, 300));
        assertThat(viewer.body()).contains("\"role\":\"VIEWER\"");
        HttpResponse<String> refused = send(ISSUER.token("zhao", "VIEWER", AUDIENCE, 300),
                "{ changes(first: 1) { edges { cursor } } }");
        assertThat(refused.body()).contains("FORBIDDEN").contains("Query.changes");
    }

    @Test
    void refusesExpiredForeignAndForgedTokens() throws Exception {
        Map<String, String> bad = Map.of(
                "expired", ISSUER.token("li.si", "STAFF", AUDIENCE, -300),
                "another audience", ISSUER.token("li.si", "STAFF", "some-other-app", 300),
                "another issuer", ISSUER.tokenFromIssuer("http://127.0.0.1:1/elsewhere", "li.si", "STAFF", AUDIENCE),
                "signed with an unpublished key", ISSUER.forgedToken("li.si", "STAFF", AUDIENCE),
                "not a JWT", "eyJhbGciOiJub25lIn0.e30.");
        bad.forEach((what, token) -> {
            try {
                assertThat(me(token).statusCode()).as(what).isEqualTo(401);
            } catch (Exception e) {
                throw new AssertionError(what, e);
            }
        });
    }

    @Test
    void signsInNobodyWithoutAKnownRole() throws Exception {
        assertThat(me(ISSUER.token("no.role", null, AUDIENCE, 300)).statusCode()).isEqualTo(403);
        assertThat(me(ISSUER.token("odd.role", "SUPERUSER", AUDIENCE, 300)).statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> me(String token) throws Exception {
        return send(token, "{ me { username role } }");
    }

    private HttpResponse<String> send(String token, String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
