package cn.ipbridge.api.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the GraphQL tests that run against the generated demo graph, written on start into a fresh database
 * exactly as on a user's first start. They share one application context and so one database.
 */
@GraphQlIntegrationTest
@TestPropertySource(properties = "ipbridge.dataset.size=demo")
public abstract class DemoGraphTest {

    @Autowired
    protected HttpGraphQlTester graphQl;

    @Autowired
    protected QueryCounter queries;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        Neo4jTarget.register(registry);
    }
}
