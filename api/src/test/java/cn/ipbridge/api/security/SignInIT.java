package cn.ipbridge.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import cn.ipbridge.api.support.SmallGraphTest;
import cn.ipbridge.api.system.BadArgumentException;

/**
 * Signing in over HTTP with no anonymous role: the JSON token endpoint a dashboard on another origin uses (token,
 * bearer, sign-out, expiry on disable, CORS for the configured origin only) and the session form a same-origin
 * dashboard posts with {@code Accept: application/json}.
 */
class SignInIT extends SmallGraphTest {

    private static final String DASHBOARD = "http://dashboard.example.org";
    private static final String PASSWORD = "a-long-enough-password";
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void noAnonymousRole(DynamicPropertyRegistry registry) {
        registry.add("ipbridge.security.anonymous-role", () -> "");
        registry.add("spring.graphql.cors.allowed-origins", () -> DASHBOARD);
    }

    @Autowired
    AccountService accounts;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void accounts() {
        for (String username : List.of("signin-staff", "signin-leaver")) {
            try {
                accounts.create(new AccountService.NewAccount(username, PASSWORD, Role.STAFF, null, null, null, null),
                        "SignInIT");
            } catch (BadArgumentException exists) {
                // an earlier test created it
            }
        }
    }

    @Test
    void signsInWithAJsonBodyAndUsesTheTokenAsABearerUntilSignOut() throws Exception {
        HttpResponse<String> signIn = signIn("signin-staff", PASSWORD);
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(cookie(signIn, "JSESSIONID")).as("no session for a token sign-in").isEmpty();
        JsonNode body = JSON.readTree(signIn.body());
        String token = body.get("token").asString();
        assertThat(token).startsWith("ipbs_");
        assertThat(body.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(body.get("expiresIn").asLong()).isEqualTo(7200);
        assertThat(body.get("role").asString()).isEqualTo("STAFF");

        HttpResponse<String> asBearer = me(token);
        assertThat(asBearer.body()).contains("\"username\":\"signin-staff\"");
        assertThat(asBearer.headers().allValues("Set-Cookie")).as("a bearer call gets no cookies, no CSRF token")
                .isEmpty();

        HttpResponse<String> signOut = send(HttpRequest.newBuilder(url("/auth/token"))
                .header("Authorization", "Bearer " + token).DELETE());
        assertThat(signOut.statusCode()).isEqualTo(204);
        HttpResponse<String> after = me(token);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.body()).contains("sign in again");
    }

    @Test
    void refusesAWrongPasswordOrAnUnknownAccountWithTheSameJsonError() throws Exception {
        for (HttpResponse<String> wrong : List.of(signIn("signin-staff", "not-the-password"),
                signIn("nobody-here", PASSWORD))) {
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
            assertThat(wrong.body()).contains("Wrong username or password").contains("UNAUTHORIZED");
        }
        HttpResponse<String> empty = send(HttpRequest.newBuilder(url("/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("username and password");
    }

    @Test
    void refusesRequestsWithoutCredentials() throws Exception {
        HttpResponse<String> anonymous = send(graphQl("{ me { username } }"));
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void endsTheTokensOfADisabledAccount() throws Exception {
        String token = JSON.readTree(signIn("signin-leaver", PASSWORD).body()).get("token").asString();
        assertThat(me(token).statusCode()).isEqualTo(200);
        accounts.disable("signin-leaver", "SignInIT");
        assertThat(me(token).statusCode()).isEqualTo(401);
        assertThat(signIn("signin-leaver", PASSWORD).statusCode()).isEqualTo(401);
    }

    @Test
    void letsOnlyTheConfiguredOriginSignInAcrossOrigins() throws Exception {
        assertThat(preflight(DASHBOARD, "POST").headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue(DASHBOARD);
        assertThat(preflight(DASHBOARD, "DELETE").headers().firstValue("Access-Control-Allow-Methods"))
                .hasValueSatisfying(m -> assertThat(m).contains("DELETE"));
        assertThat(preflight(DASHBOARD, "POST").headers().firstValue("Access-Control-Allow-Credentials"))
                .as("the token travels in a header, never with cookies").isEmpty();
        HttpResponse<String> hostile = preflight("http://evil.example.com", "POST");
        assertThat(hostile.statusCode()).isEqualTo(403);
        assertThat(hostile.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void signsInToASessionOnTheSameOriginAnsweringJson() throws Exception {
        // The XSRF-TOKEN cookie arrives on any answer; the form posts it back as X-XSRF-TOKEN.
        HttpResponse<String> first = send(HttpRequest.newBuilder(url("/login")).GET());
        String csrf = cookie(first, "XSRF-TOKEN").orElseThrow();
        HttpResponse<String> withoutToken = send(form("signin-staff", PASSWORD, first, null));
        assertThat(withoutToken.statusCode()).as("CSRF token required").isEqualTo(403);

        HttpResponse<String> wrong = send(form("signin-staff", "not-the-password", first, csrf));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("Wrong username or password");

        HttpResponse<String> signedIn = send(form("signin-staff", PASSWORD, first, csrf));
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).contains("\"username\":\"signin-staff\"");
        String session = cookie(signedIn, "JSESSIONID").orElseThrow();
        HttpResponse<String> me = send(graphQl("{ me { username } }").header("Cookie", "JSESSIONID=" + session));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("signin-staff");
    }

    private HttpResponse<String> signIn(String username, String password) throws Exception {
        return send(HttpRequest.newBuilder(url("/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        java.util.Map.of("username", username, "password", password)))));
    }

    private HttpResponse<String> me(String token) throws Exception {
        return send(graphQl("{ me { username role } }").header("Authorization", "Bearer " + token));
    }

    private HttpRequest.Builder graphQl(String query) throws Exception {
        return HttpRequest.newBuilder(url("/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("query", query))));
    }

    private HttpResponse<String> preflight(String origin, String method) throws Exception {
        return send(HttpRequest.newBuilder(url("/auth/token")).header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder form(String username, String password, HttpResponse<String> first, String csrf) {
        HttpRequest.Builder form = HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .header("Cookie", first.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                        .reduce((a, b) -> a + "; " + b).orElse(""))
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password));
        return csrf == null ? form : form.header("X-XSRF-TOKEN", csrf);
    }

    private static Optional<String> cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1).split(";", 2)[0]).filter(v -> !v.isEmpty()).findFirst();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
