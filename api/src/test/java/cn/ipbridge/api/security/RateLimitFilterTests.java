package cn.ipbridge.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class RateLimitFilterTests {

    private final RateLimitFilter filter = new RateLimitFilter(
            new LimitSettings(null, null, null, null, null, null, null, 3));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void refusesAnAccountsRequestsOverTheLimitNamingIt() throws Exception {
        signIn("alice");
        for (int i = 0; i < 3; i++) {
            assertThat(call().getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = call();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).contains("ipbridge.limits.requests-per-minute");
        signIn("bob");
        assertThat(call().getStatus()).as("another account has its own count").isEqualTo(200);
    }

    private MockHttpServletResponse call() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static void signIn(String name) {
        Caller caller = new Caller(name, Role.STAFF, null, null, null, null);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(caller, null, caller.authorities()));
    }
}
