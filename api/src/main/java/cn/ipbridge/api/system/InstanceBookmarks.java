package cn.ipbridge.api.system;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Read-your-writes on a Neo4j cluster. Within this instance every session shares the driver's bookmark manager
 * ({@link BookmarkingDriver}), so each transaction starts after the last one this instance committed, even on a
 * secondary. Across instances behind a load balancer the client carries the bookmarks: every GraphQL response
 * names them ({@link BookmarkHeader}) and a request that sends them back makes this instance wait for them first.
 */
@Configuration(proxyBeanMethods = false)
class InstanceBookmarks {

    private final Driver driver;
    private final Neo4jSettings settings;

    InstanceBookmarks(Driver driver, Neo4jSettings settings) {
        this.driver = driver;
        this.settings = settings;
    }

    @Bean
    static BeanPostProcessor bookmarkingDriver() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof Driver d && !(bean instanceof BookmarkingDriver) ? new BookmarkingDriver(d) : bean;
            }
        };
    }

    /** The bookmarks of the newest transactions this instance has seen, to hand to a client. */
    public List<String> current() {
        return driver.executableQueryBookmarkManager().getBookmarks().stream().map(Bookmark::value).sorted().toList();
    }

    /**
     * Waits until the database has the transactions the bookmarks name, and from then on every transaction of this
     * instance starts after them. The wait is a read transaction started with those bookmarks, so a bookmark the
     * database does not know fails here (a {@code ClientException}) and never reaches the shared manager.
     */
    void await(Collection<String> values) {
        Set<Bookmark> bookmarks = values.stream().map(Bookmark::from).collect(Collectors.toSet());
        SessionConfig.Builder config = SessionConfig.builder().withBookmarks(bookmarks)
                .withDefaultAccessMode(AccessMode.READ);
        if (settings.database() != null && !settings.database().isBlank()) {
            config.withDatabase(settings.database());
        }
        try (Session session = driver.session(config.build())) {
            session.executeRead(tx -> tx.run("RETURN 1").consume());
        }
    }
}
