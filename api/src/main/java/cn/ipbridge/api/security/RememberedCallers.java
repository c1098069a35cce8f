package cn.ipbridge.api.security;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The callers behind token hashes, remembered for a while so that a request costs no database round trip: what
 * {@link TokenCallers} (API tokens) and {@link SignInTokens} (sign-in tokens) share.
 */
final class RememberedCallers {

    private static final int BOUND = 10_000;

    private final Duration life;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    RememberedCallers(Duration life) {
        this.life = life;
    }

    /** The remembered caller, or the one {@code lookup} finds (then remembered; forgotten when none). */
    Optional<Caller> get(String hash, Function<String, Optional<Caller>> lookup) {
        Remembered r = remembered.get(hash);
        if (r != null && System.nanoTime() < r.until()) {
            return Optional.of(r.caller());
        }
        Optional<Caller> caller = lookup.apply(hash);
        caller.ifPresentOrElse(c -> remember(hash, c), () -> remembered.remove(hash));
        return caller;
    }

    void remember(String hash, Caller caller) {
        if (remembered.size() >= BOUND) {
            remembered.clear(); // a bound, not an eviction policy: tokens in use are few
        }
        remembered.put(hash, new Remembered(caller, System.nanoTime() + life.toNanos()));
    }

    void forget(String hash) {
        remembered.remove(hash);
    }

    void forgetAll() {
        remembered.clear();
    }

    private record Remembered(Caller caller, long until) {
    }
}
