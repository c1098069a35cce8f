package cn.ipbridge.api.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.neo4j.Neo4jContainer;

/** The official Neo4j 5.26 image, started once per JVM, for {@code -Dipbridge.test.neo4j=container}. */
final class Neo4jContainerTarget {

    private static final String PASSWORD = "ipbridge-test";
    private static Neo4jContainer container;

    private Neo4jContainerTarget() {
    }

    static synchronized void register(DynamicPropertyRegistry registry) {
        if (container == null) {
            container = new Neo4jContainer("neo4j:5.26").withAdminPassword(PASSWORD);
            container.start();
        }
        registry.add("ipbridge.neo4j.uri", container::getBoltUrl);
        registry.add("ipbridge.neo4j.username", () -> "neo4j");
        registry.add("ipbridge.neo4j.password", () -> PASSWORD);
    }
}
