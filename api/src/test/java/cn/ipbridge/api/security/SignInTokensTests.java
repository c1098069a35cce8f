package cn.ipbridge.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SignInTokensTests {

    private static final Caller WANG = new Caller("wang", Role.STAFF, null, null, null, null);
    private static final Caller LI = new Caller("li", Role.VIEWER, null, null, null, null);

    private static SignInTokens tokens(Duration ttl) {
        return new SignInTokens(new SecuritySettings(true, null, null, null, null, ttl));
    }

    @Test
    void issuesRandomTokensThatSignInTheirCallerUntilRevoked() {
        SignInTokens tokens = tokens(Duration.ofHours(1));
        String first = tokens.issue(WANG);
        String second = tokens.issue(WANG);
        assertThat(first).startsWith("ipbs_").hasSize(5 + 43).isNotEqualTo(second);
        assertThat(SignInTokens.looksLikeToken(first)).isTrue();
        assertThat(AccountService.looksLikeToken(first)).as("not taken for an API token").isFalse();
        assertThat(tokens.caller(first)).contains(WANG);
        assertThat(tokens.revoke(first)).isTrue();
        assertThat(tokens.caller(first)).isEmpty();
        assertThat(tokens.revoke(first)).isFalse();
        assertThat(tokens.caller(second)).contains(WANG);
        assertThat(tokens.caller("ipbs_made-up")).isEmpty();
    }

    @Test
    void endsAllTokensOfADisabledAccountOnly() {
        SignInTokens tokens = tokens(Duration.ofHours(1));
        String wang = tokens.issue(WANG);
        String li = tokens.issue(LI);
        tokens.revokeAll("wang");
        assertThat(tokens.caller(wang)).isEmpty();
        assertThat(tokens.caller(li)).contains(LI);
    }

    @Test
    void expiresTokensAfterTheirLife() throws InterruptedException {
        SignInTokens tokens = tokens(Duration.ofMillis(50));
        String token = tokens.issue(WANG);
        assertThat(tokens.caller(token)).contains(WANG);
        Thread.sleep(80);
        assertThat(tokens.caller(token)).isEmpty();
    }

    @Test
    void livesTwoHoursUnlessConfigured() {
        assertThat(tokens(null).ttl()).isEqualTo(Duration.ofHours(2));
        assertThat(tokens(Duration.ZERO).ttl()).isEqualTo(Duration.ofHours(2));
    }
}
