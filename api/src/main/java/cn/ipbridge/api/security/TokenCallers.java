package cn.ipbridge.api.security;

import java.time.Duration;
import java.util.Optional;

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
    private final RememberedCallers remembered = new RememberedCallers(TTL);

    TokenCallers(AccountQueries accounts) {
        this.accounts = accounts;
    }

    Optional<Caller> byTokenHash(String hash) {
        return remembered.get(hash, accounts::byTokenHash);
    }

    void remember(String hash, Caller caller) {
        remembered.remember(hash, caller);
    }

    void forgetAll() {
        remembered.forgetAll();
    }
}
