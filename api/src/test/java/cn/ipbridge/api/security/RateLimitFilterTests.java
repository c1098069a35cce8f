package cn.ipbridge.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
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

    @Test
    void countsSignInAttemptsByAddressEvenUnderAnAnonymousRole() throws Exception {
        Caller anonymous = new Caller("anonymous", Role.VIEWER, null, null, null, null);
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", anonymous,
                anonymous.authorities()));
        for (int i = 0; i < 3; i++) {
            assertThat(call("/auth/token", "10.0.0.1").getStatus()).isEqualTo(200);
        }
        assertThat(call("/auth/token", "10.0.0.1").getStatus()).isEqualTo(429);
        assertThat(call("/auth/token", "10.0.0.2").getStatus()).as("another address").isEqualTo(200);
        assertThat(call("/feeds/notices.xml", "10.0.0.1").getStatus()).as("not limited").isEqualTo(200);
    }

    private MockHttpServletResponse call() throws Exception {
        return call("/graphql", "127.0.0.1");
    }

    private MockHttpServletResponse call(String path, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setRemoteAddr(address);
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
