package cn.ipbridge.api.security;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The account behind an API token, remembered for a minute so that a request costs no extra database round trip.
 * Disabling an account here forgets every token at once; another instance sharing the database notices within
 * the minute.
 */
@Component
class TokenCallers {

    static final Duration TTL = Duration.ofMinutes(1);

    private final AccountQueries accounts;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    TokenCallers(AccountQueries accounts) {
        this.accounts = accounts;
    }

    Optional<Caller> byTokenHash(String hash) {
        long now = System.nanoTime();
        Remembered r = remembered.get(hash);
        if (r != null && now < r.until()) {
            return Optional.of(r.caller());
        }
        Optional<Caller> caller = accounts.byTokenHash(hash);
        caller.ifPresentOrElse(c -> remember(hash, c), () -> remembered.remove(hash));
        return caller;
    }

    void remember(String hash, Caller caller) {
        if (remembered.size() > 10_000) {
            remembered.clear(); // a bound, not an eviction policy: tokens are few
        }
        remembered.put(hash, new Remembered(caller, System.nanoTime() + TTL.toNanos()));
    }

    void forgetAll() {
        remembered.clear();
    }

    private record Remembered(Caller caller, long until) {
    }
}
