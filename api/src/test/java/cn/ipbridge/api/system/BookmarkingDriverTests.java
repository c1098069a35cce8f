package cn.ipbridge.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Driver;
import org.neo4j.driver.NotificationConfig;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/** Every session gets the instance's bookmark manager, and keeps everything else its caller configured. */
class BookmarkingDriverTests {

    private final BookmarkManager instanceManager = BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());
    private final AtomicReference<SessionConfig> opened = new AtomicReference<>();
    private final Driver driver = new BookmarkingDriver((Driver) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {Driver.class}, (proxy, method, args) -> switch (method.getName()) {
                case "executableQueryBookmarkManager" -> instanceManager;
                case "session" -> {
                    opened.set((SessionConfig) args[1]);
                    yield null;
                }
                default -> throw new UnsupportedOperationException(method.getName());
            }));

    @Test
    void addsTheInstanceBookmarkManagerAndKeepsTheSessionsOwnSettings() {
        SessionConfig config = SessionConfig.builder().withDatabase("ipbridge").withDefaultAccessMode(AccessMode.READ)
                .withBookmarks(Bookmark.from("FB:one")).withFetchSize(7).withImpersonatedUser("wang")
                .withNotificationConfig(NotificationConfig.disableAllConfig()).build();

        driver.session(Session.class, config);

        SessionConfig sent = opened.get();
        assertThat(sent.bookmarkManager()).containsSame(instanceManager);
        assertThat(sent.database()).contains("ipbridge");
        assertThat(sent.defaultAccessMode()).isEqualTo(AccessMode.READ);
        assertThat(sent.bookmarks()).containsExactly(Bookmark.from("FB:one"));
        assertThat(sent.fetchSize()).contains(7L);
        assertThat(sent.impersonatedUser()).contains("wang");
        assertThat(sent.notificationConfig()).isEqualTo(NotificationConfig.disableAllConfig());
        assertThat(sent.autoCommitRetriesMode()).isEqualTo(config.autoCommitRetriesMode());
    }

    @Test
    void keepsABookmarkManagerTheSessionNamesItself() {
        BookmarkManager own = BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());

        driver.session(Session.class, SessionConfig.builder().withBookmarkManager(own).build());

        assertThat(opened.get().bookmarkManager()).containsSame(own);
    }

    @Test
    void theDefaultSessionStaysAWriteSessionOnTheDefaultDatabase() {
        driver.session();

        assertThat(opened.get().bookmarkManager()).containsSame(instanceManager);
        assertThat(opened.get().database()).isEmpty();
        assertThat(opened.get().defaultAccessMode()).isEqualTo(AccessMode.WRITE);
    }
}
