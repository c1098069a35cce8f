package cn.ipbridge.api.system;

import java.net.URI;
import java.nio.file.Path;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;

import cn.ipbridge.graph.database.DriverLogging;
import cn.ipbridge.graph.database.EmbeddedNeo4j;

/**
 * Hands Boot's Neo4j driver (and so Spring Data Neo4j) the Bolt address to use: the embedded engine's, started
 * here when no URI is configured, or the configured server's. The driver is created after the engine starts and
 * closed before it stops, because it depends on these beans. The driver logs through SLF4J, which checks the level
 * before it formats a message (see {@link DriverLogging}).
 */
@Configuration(proxyBeanMethods = false)
class Neo4jConnection {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${ipbridge.neo4j.uri:}'.isBlank()")
    EmbeddedNeo4j embeddedNeo4j(Neo4jSettings settings) {
        Neo4jSettings.Embedded embedded = settings.embedded();
        return EmbeddedNeo4j.start(Path.of(embedded.home()), embedded.boltPort(), embedded.pageCache().toBytes());
    }

    @Bean
    Neo4jConnectionDetails neo4jConnectionDetails(Neo4jSettings settings,
                                                  org.springframework.beans.factory.ObjectProvider<EmbeddedNeo4j> embedded) {
        if (settings.isEmbedded()) {
            URI uri = URI.create(embedded.getObject().boltUri());
            return new Details(uri, AuthTokens.none());
        }
        AuthToken auth = settings.password() == null || settings.password().isBlank()
                ? AuthTokens.none()
                : AuthTokens.basic(settings.username(), settings.password());
        return new Details(URI.create(settings.uri()), auth);
    }

    @Bean
    ConfigBuilderCustomizer driverLogging() {
        return builder -> builder.withLogging(DriverLogging.slf4j());
    }

    @Bean
    DatabaseSelectionProvider databaseSelectionProvider(Neo4jSettings settings) {
        return settings.database() == null || settings.database().isBlank()
                ? DatabaseSelectionProvider.getDefaultSelectionProvider()
                : DatabaseSelectionProvider.createStaticDatabaseSelectionProvider(settings.database());
    }

    private record Details(URI uri, AuthToken authToken) implements Neo4jConnectionDetails {

        @Override
        public URI getUri() {
            return uri;
        }

        @Override
        public AuthToken getAuthToken() {
            return authToken;
        }
    }
}
