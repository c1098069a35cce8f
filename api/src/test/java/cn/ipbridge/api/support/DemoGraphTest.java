package cn.ipbridge.api.support;

import org.springframework.test.context.TestPropertySource;

/**
 * Base of the GraphQL tests that run against the generated demo graph, written on start into a fresh database
 * exactly as on a user's first start. They share one application context and so one database.
 */
@TestPropertySource(properties = "ipbridge.dataset.size=demo")
public abstract class DemoGraphTest extends GraphQlTestBase {
}
