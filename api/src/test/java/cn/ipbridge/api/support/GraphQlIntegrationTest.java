package cn.ipbridge.api.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test of the whole application over HTTP against a real Neo4j, with sign-in on. The class must also declare a
 * {@code @DynamicPropertySource} that calls {@link Neo4jTarget#register}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Browsers and raw HTTP clients in tests (the dashboard e2e) send no credentials: they act as STAFF.
        // GraphQlTestBase's tester signs in with a real STAFF API token instead.
        "ipbridge.security.anonymous-role=STAFF",
        // Test classes sharing a context make thousands of requests a minute.
        "ipbridge.limits.requests-per-minute=0"})
@AutoConfigureHttpGraphQlTester
@ExtendWith(RequiresNeo4jTarget.class)
@Import(QueryCounter.Config.class)
public @interface GraphQlIntegrationTest {
}
