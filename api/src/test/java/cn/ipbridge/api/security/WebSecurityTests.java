package cn.ipbridge.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class WebSecurityTests {

    @Test
    void asksForTheCsrfTokenOnlyWhereAHostilePageCouldRideOnTheSession() {
        assertThat(WebSecurity.needsCsrfToken(post("/graphql", "application/x-www-form-urlencoded", true))).isTrue();
        assertThat(WebSecurity.needsCsrfToken(post("/graphql", "text/plain", true))).isTrue();
        assertThat(WebSecurity.needsCsrfToken(post("/graphql", null, true))).isTrue();
        assertThat(WebSecurity.needsCsrfToken(post("/login", "application/x-www-form-urlencoded", false))).isTrue();
        assertThat(WebSecurity.needsCsrfToken(post("/logout", "application/json", true))).isTrue();

        assertThat(WebSecurity.needsCsrfToken(post("/graphql", "application/json; charset=utf-8", true))).isFalse();
        assertThat(WebSecurity.needsCsrfToken(post("/auth/token", "application/json", false)))
                .as("the cross-origin sign-in: JSON, no cookie").isFalse();
        assertThat(WebSecurity.needsCsrfToken(post("/graphql", "text/plain", false))).as("no session").isFalse();
        MockHttpServletRequest bearer = post("/graphql", "text/plain", true);
        bearer.addHeader("Authorization", "Bearer ipb_x");
        assertThat(WebSecurity.needsCsrfToken(bearer)).isFalse();
        MockHttpServletRequest get = new MockHttpServletRequest("GET", "/graphiql");
        get.setRequestedSessionId("s");
        assertThat(WebSecurity.needsCsrfToken(get)).isFalse();
    }

    private static MockHttpServletRequest post(String path, String contentType, boolean session) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setServletPath(path);
        if (contentType != null) {
            request.setContentType(contentType);
        }
        if (session) {
            request.setRequestedSessionId("s");
            request.setCookies(new Cookie("JSESSIONID", "s"));
        }
        return request;
    }
}
