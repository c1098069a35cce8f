package cn.ipbridge.api.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings ({@code ipbridge.security.*}).
 *
 * @param enabled       false: no sign-in and no role checks, the whole API open (a machine of one's own)
 * @param anonymousRole the role of requests that carry no credentials; null: they are refused (401)
 * @param adminUsername the first administrator, created at start when no ADMIN account exists
 * @param adminPassword its password; empty: a random one is generated and printed once (refused under the
 *                      {@code prod} profile)
 * @param oidc          an OpenID Connect issuer whose bearer JWTs are accepted
 * @param signInTokenTtl how long a token from {@code POST /auth/token} (a dashboard on another origin) lives
 */
@ConfigurationProperties("ipbridge.security")
public record SecuritySettings(Boolean enabled, Role anonymousRole, String adminUsername, String adminPassword,
                               Oidc oidc, Duration signInTokenTtl) {

    public SecuritySettings {
        enabled = enabled == null || enabled;
        adminUsername = adminUsername == null || adminUsername.isBlank() ? "admin" : adminUsername;
        oidc = oidc == null ? new Oidc(null, null, null, null) : oidc;
        signInTokenTtl = signInTokenTtl == null || signInTokenTtl.isNegative() || signInTokenTtl.isZero()
                ? Duration.ofHours(2) : signInTokenTtl;
    }

    /**
     * @param issuerUri     the issuer (its /.well-known/openid-configuration is read at start); empty: off
     * @param roleClaim     the claim holding the IPBridge role (a string or a list; the first known role wins)
     * @param usernameClaim the claim naming the account
     * @param audience      the audience ({@code aud}) a token must name; empty: not checked
     */
    public record Oidc(String issuerUri, String roleClaim, String usernameClaim, String audience) {

        public Oidc {
            roleClaim = roleClaim == null || roleClaim.isBlank() ? "ipbridge_role" : roleClaim;
            usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
        }

        boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }
    }
}
