package cn.ipbridge.api.security;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Short-lived bearer tokens for a dashboard on another origin ({@code POST /auth/token}). Like API tokens they are
 * 256 random bits shown once and kept only as their SHA-256 ({@link AccountService#hash}); unlike them they live in
 * this process, expire after {@code ipbridge.security.sign-in-token-ttl}, end at sign-out and when the account is
 * disabled, and a restart signs everybody out (no write to the graph per sign-in).
 */
@Component
class SignInTokens {

    static final String PREFIX = "ipbs_";
    private static final int MAX_LIVE = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Duration ttl;
    private final Map<String, Live> live = new ConcurrentHashMap<>();

    SignInTokens(SecuritySettings settings) {
        this.ttl = settings.signInTokenTtl();
    }

    Duration ttl() {
        return ttl;
    }

    /** A new token for the caller, returned once. */
    String issue(Caller caller) {
        if (live.size() >= MAX_LIVE) {
            long now = System.nanoTime();
            live.values().removeIf(l -> now >= l.until());
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        live.put(AccountService.hash(token), new Live(caller, System.nanoTime() + ttl.toNanos()));
        return token;
    }

    /** The caller a token signs in, while it has not expired or been revoked. */
    Optional<Caller> caller(String token) {
        String hash = AccountService.hash(token);
        Live l = live.get(hash);
        if (l == null) {
            return Optional.empty();
        }
        if (System.nanoTime() >= l.until()) {
            live.remove(hash);
            return Optional.empty();
        }
        return Optional.of(l.caller());
    }

    /** Sign-out: true when the token was live. */
    boolean revoke(String token) {
        return live.remove(AccountService.hash(token)) != null;
    }

    /** Ends every token of the account (it was disabled). */
    void revokeAll(String username) {
        live.values().removeIf(l -> l.caller().username().equals(username));
    }

    static boolean looksLikeToken(String bearer) {
        return bearer.startsWith(PREFIX);
    }

    private record Live(Caller caller, long until) {
    }
}
