package cn.ipbridge.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Which real Neo4j the integration tests run against: by default the engine embedded in the application (a fresh
 * store per test context), or with {@code -Dipbridge.test.neo4j=container} the official Neo4j image through
 * Testcontainers. Without Docker the container target skips the tests (see {@link RequiresNeo4jTarget}).
 */
public final class Neo4jTarget {

    public static final String PROPERTY = "ipbridge.test.neo4j";

    private Neo4jTarget() {
    }

    public static boolean container() {
        return "container".equalsIgnoreCase(System.getProperty(PROPERTY, ""));
    }

    /** Points the application at the chosen target. */
    public static void register(DynamicPropertyRegistry registry) {
        if (container()) {
            Neo4jContainerTarget.register(registry);
            return;
        }
        try {
            String home = Files.createTempDirectory("ipbridge-api-it").toString();
            registry.add("ipbridge.neo4j.uri", () -> "");
            registry.add("ipbridge.neo4j.embedded.home", () -> home);
            registry.add("ipbridge.neo4j.embedded.bolt-port", () -> "0");
            registry.add("ipbridge.neo4j.embedded.page-cache", () -> "128MB");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
