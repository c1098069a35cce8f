package cn.ipbridge.api.support;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.ipbridge.api.security.AccountService;
import cn.ipbridge.api.security.Role;
import cn.ipbridge.api.system.BadArgumentException;

/**
 * What every GraphQL integration test has: the whole application over HTTP against a real Neo4j
 * ({@link Neo4jTarget}), a tester signed in as STAFF with a real API token, and the {@link QueryCounter}.
 * Subclasses choose the data.
 */
@GraphQlIntegrationTest
public abstract class GraphQlTestBase {

    protected HttpGraphQlTester graphQl;

    @Autowired
    protected QueryCounter queries;

    /** One STAFF token per application context (each has its own database). */
    private static final Map<AccountService, String> STAFF_TOKENS = new ConcurrentHashMap<>();

    @Autowired
    void graphQlTester(HttpGraphQlTester tester, AccountService accounts) {
        String token = STAFF_TOKENS.computeIfAbsent(accounts, a -> tokenFor(a, "test-staff", Role.STAFF));
        // Generous: CI machines have two cores, and a loaded one must not fail a correct answer. Both timeouts:
        // the tester's, and the WebTestClient's underneath (5 s by default), which blocks on the exchange first.
        Duration timeout = Duration.ofSeconds(60);
        this.graphQl = tester.mutate().webTestClient(client -> client.responseTimeout(timeout))
                .header("Authorization", "Bearer " + token)
                .responseTimeout(timeout).build();
    }

    /**
     * Starts counting database round trips from here: after one request first, so that the account behind the
     * token is remembered (for a minute) and the count is the next request's own.
     */
    protected void countQueriesFromHere() {
        graphQl.document("{ schemaVersion }").execute();
        queries.reset();
    }

    /** An API token for an account of that role, created on first use. */
    protected static String tokenFor(AccountService accounts, String username, Role role) {
        try {
            accounts.create(new AccountService.NewAccount(username, "not-used-" + username + "-0123456789", role,
                    "O-" + username, "I-" + username, "F-" + username, "310115"), "test");
        } catch (BadArgumentException exists) {
            // created by an earlier test class in this context
        }
        return accounts.createToken(username, "test", "test");
    }

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        Neo4jTarget.register(registry);
    }
}
