package cn.ipbridge.api.security;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;

import cn.ipbridge.api.system.Neo4jSettings;
import cn.ipbridge.graph.write.AccountWriter;

/**
 * Short-lived bearer tokens for a dashboard on another origin ({@code POST /auth/token}). Like API tokens they are
 * 256 random bits shown once and kept only as their SHA-256 ({@link AccountService#hash}), in the graph
 * ({@code SignInToken}), so every API instance on the database accepts them; they expire after
 * {@code ipbridge.security.sign-in-token-ttl} and end at sign-out and when the account is disabled. An instance
 * remembers a token's account for at most a minute (no round trip per request): a sign-out ends the token at once
 * on the instance that signed out and within that minute on the others.
 */
@Component
class SignInTokens {

    static final String PREFIX = "ipbs_";
    private static final Duration REMEMBERED = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Duration ttl;
    private final AccountWriter writer;
    private final AccountQueries accounts;
    private final RememberedCallers remembered;

    SignInTokens(SecuritySettings settings, Driver driver, Neo4jSettings neo4j, AccountQueries accounts) {
        this.ttl = settings.signInTokenTtl();
        this.writer = new AccountWriter(driver, neo4j.database());
        this.accounts = accounts;
        this.remembered = new RememberedCallers(ttl.compareTo(REMEMBERED) < 0 ? ttl : REMEMBERED);
    }

    Duration ttl() {
        return ttl;
    }

    /** A new token for the caller, returned once; empty when the account is gone or disabled meanwhile. */
    Optional<String> issue(Caller caller) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ZonedDateTime expires = ZonedDateTime.now(ZoneOffset.UTC).plus(ttl);
        if (!writer.addSignInToken(caller.username(), AccountService.hash(token), expires)) {
            return Optional.empty();
        }
        return Optional.of(token);
    }

    /** The caller a token signs in, while it has not expired or been revoked. */
    Optional<Caller> caller(String token) {
        return remembered.get(AccountService.hash(token), accounts::bySignInTokenHash);
    }

    /** Sign-out: true when the token was there. */
    boolean revoke(String token) {
        String hash = AccountService.hash(token);
        remembered.forget(hash);
        return writer.removeSignInToken(hash);
    }

    /** Forgets every remembered token (an account was disabled; its tokens are gone from the graph). */
    void forgetAll() {
        remembered.forgetAll();
    }

    static boolean looksLikeToken(String bearer) {
        return bearer.startsWith(PREFIX);
    }
}
