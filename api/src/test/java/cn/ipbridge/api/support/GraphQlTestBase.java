package cn.ipbridge.api.support;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every GraphQL integration test has: the whole application over HTTP against a real Neo4j
 * ({@link Neo4jTarget}), a tester, and the {@link QueryCounter}. Subclasses choose the data.
 */
@GraphQlIntegrationTest
public abstract class GraphQlTestBase {

    protected HttpGraphQlTester graphQl;

    @Autowired
    protected QueryCounter queries;

    @Autowired
    void graphQlTester(HttpGraphQlTester tester) {
        // Generous: CI machines have two cores, and a loaded one must not fail a correct answer. Both timeouts:
        // the tester's, and the WebTestClient's underneath (5 s by default), which blocks on the exchange first.
        Duration timeout = Duration.ofSeconds(60);
        this.graphQl = tester.mutate().webTestClient(client -> client.responseTimeout(timeout))
                .responseTimeout(timeout).build();
    }

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        Neo4jTarget.register(registry);
    }
}
