package cn.ipbridge.api.system;

import java.util.concurrent.CompletionStage;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.BaseSession;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.SessionConfig;

/**
 * The driver every part of the API uses, so that every session of this instance shares one bookmark manager (the
 * driver's own, which {@code executableQuery} uses too): graph-model's writers open plain sessions and Spring Data
 * Neo4j's transaction manager opens its own, and without a shared manager a read on a cluster secondary could miss
 * a write this instance has just committed. A session that names a bookmark manager of its own keeps it.
 */
final class BookmarkingDriver implements Driver {

    private final Driver delegate;

    BookmarkingDriver(Driver delegate) {
        this.delegate = delegate;
    }

    BookmarkManager bookmarkManager() {
        return delegate.executableQueryBookmarkManager();
    }

    @Override
    public <T extends BaseSession> T session(Class<T> sessionClass, SessionConfig config, AuthToken authToken) {
        return delegate.session(sessionClass, withInstanceBookmarks(config), authToken);
    }

    private SessionConfig withInstanceBookmarks(SessionConfig config) {
        if (config.bookmarkManager().isPresent()) {
            return config;
        }
        SessionConfig.Builder copy = SessionConfig.builder()
                .withBookmarks(config.bookmarks())
                .withDefaultAccessMode(config.defaultAccessMode())
                .withNotificationConfig(config.notificationConfig())
                .withAutoCommitRetriesMode(config.autoCommitRetriesMode())
                .withBookmarkManager(bookmarkManager());
        config.database().ifPresent(copy::withDatabase);
        config.fetchSize().ifPresent(copy::withFetchSize);
        config.impersonatedUser().ifPresent(copy::withImpersonatedUser);
        return copy.build();
    }

    @Override
    public ExecutableQuery executableQuery(String query) {
        return delegate.executableQuery(query);
    }

    @Override
    public BookmarkManager executableQueryBookmarkManager() {
        return delegate.executableQueryBookmarkManager();
    }

    @Override
    public boolean isEncrypted() {
        return delegate.isEncrypted();
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public CompletionStage<Void> closeAsync() {
        return delegate.closeAsync();
    }

    @Override
    public void verifyConnectivity() {
        delegate.verifyConnectivity();
    }

    @Override
    public CompletionStage<Void> verifyConnectivityAsync() {
        return delegate.verifyConnectivityAsync();
    }

    @Override
    public boolean verifyAuthentication(AuthToken authToken) {
        return delegate.verifyAuthentication(authToken);
    }

    @Override
    public boolean supportsSessionAuth() {
        return delegate.supportsSessionAuth();
    }

    @Override
    public boolean supportsMultiDb() {
        return delegate.supportsMultiDb();
    }

    @Override
    public CompletionStage<Boolean> supportsMultiDbAsync() {
        return delegate.supportsMultiDbAsync();
    }
}
