package cn.ipbridge.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import cn.ipbridge.api.support.SmallGraphTest;
import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.api.system.Neo4jSettings;

/**
 * Sign-in tokens live in the graph: two {@link SignInTokens} on one database stand for two API instances behind a
 * load balancer, and each accepts what the other issued and forgets what the other revoked.
 */
class SignInTokensIT extends SmallGraphTest {

    @Autowired
    Driver driver;
    @Autowired
    Neo4jSettings neo4j;
    @Autowired
    AccountQueries accountQueries;
    @Autowired
    AccountService accounts;

    private SignInTokens instance(Duration ttl) {
        return new SignInTokens(new SecuritySettings(true, null, null, null, null, ttl), driver, neo4j,
                accountQueries);
    }

    private Caller account(String username, Role role) {
        try {
            accounts.create(new AccountService.NewAccount(username, "a-long-enough-password", role, null, null, null,
                    null), "test");
        } catch (BadArgumentException exists) {
            // an earlier test in this context made it
        }
        return new Caller(username, role, null, null, null, null);
    }

    @Test
    void issuesRandomTokensThatEveryInstanceAcceptsUntilRevoked() {
        Caller wang = account("tokens-wang", Role.STAFF);
        SignInTokens a = instance(Duration.ofHours(1));
        SignInTokens b = instance(Duration.ofHours(1));
        String first = a.issue(wang).orElseThrow();
        String second = a.issue(wang).orElseThrow();
        assertThat(first).startsWith("ipbs_").hasSize(5 + 43).isNotEqualTo(second);
        assertThat(SignInTokens.looksLikeToken(first)).isTrue();
        assertThat(AccountService.looksLikeToken(first)).as("not taken for an API token").isFalse();
        assertThat(b.caller(first)).as("another instance").contains(wang);
        assertThat(b.revoke(first)).isTrue();
        assertThat(a.caller(first)).as("revoked on the other instance, not remembered here yet").isEmpty();
        assertThat(a.revoke(first)).isFalse();
        assertThat(a.caller(second)).contains(wang);
        assertThat(b.caller("ipbs_made-up")).isEmpty();
    }

    @Test
    void endsTheTokensOfADisabledAccountOnly() {
        Caller li = account("tokens-li", Role.VIEWER);
        Caller zhao = account("tokens-zhao", Role.VIEWER);
        SignInTokens tokens = instance(Duration.ofHours(1));
        String liToken = tokens.issue(li).orElseThrow();
        String zhaoToken = tokens.issue(zhao).orElseThrow();
        accounts.disable("tokens-li", "test");
        assertThat(instance(Duration.ofHours(1)).caller(liToken)).isEmpty();
        assertThat(tokens.caller(zhaoToken)).contains(zhao);
        assertThat(tokens.issue(li)).as("no token for a disabled account").isEmpty();
    }

    @Test
    void expiresTokensAfterTheirLife() throws InterruptedException {
        Caller wu = account("tokens-wu", Role.STAFF);
        SignInTokens tokens = instance(Duration.ofMillis(300));
        String token = tokens.issue(wu).orElseThrow();
        assertThat(instance(Duration.ofMillis(300)).caller(token)).contains(wu);
        Thread.sleep(600);
        assertThat(instance(Duration.ofMillis(300)).caller(token)).isEmpty();
        assertThat(tokens.caller(token)).as("remembered no longer than the token lives").isEmpty();
    }

    @Test
    void livesTwoHoursUnlessConfigured() {
        assertThat(instance(null).ttl()).isEqualTo(Duration.ofHours(2));
        assertThat(instance(Duration.ZERO).ttl()).isEqualTo(Duration.ofHours(2));
    }
}
