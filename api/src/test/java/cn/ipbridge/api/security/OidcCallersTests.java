package cn.ipbridge.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

class OidcCallersTests {

    private final OidcCallers callers = new OidcCallers(new SecuritySettings.Oidc("https://sso.example.org", null, null, null));

    @Test
    void takesTheRoleNameAndScopeFromTheClaims() {
        Jwt jwt = jwt().claim("ipbridge_role", List.of("offline_access", "ROLE_funder"))
                .claim("preferred_username", "bank-desk").claim("funderName", "上海银行").build();
        AbstractAuthenticationToken token = callers.convert(jwt);
        assertThat(token.getPrincipal()).isEqualTo(new Caller("bank-desk", Role.FUNDER, null, null, "上海银行", null));
        assertThat(token.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_FUNDER");
    }

    @Test
    void aTokenWithoutAKnownRoleGetsNoAuthority() {
        assertThat(callers.convert(jwt().claim("ipbridge_role", "superuser").build()).getAuthorities()).isEmpty();
        assertThat(callers.convert(jwt().build()).getAuthorities()).isEmpty();
    }

    private static Jwt.Builder jwt() {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("sub-1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
    }
}
