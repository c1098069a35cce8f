package cn.ipbridge.api.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@value #NAME} header: every GraphQL response carries this instance's newest bookmarks (comma-separated), and
 * a GraphQL request that sends them back, to any instance, is answered only once that instance's database has
 * those transactions: a client that wrote through one instance reads its write through another. Runs after
 * sign-in, so only signed-in callers make the database wait; a bookmark it does not know is refused with 400.
 */
@Component
class BookmarkHeader extends OncePerRequestFilter implements WebGraphQlInterceptor {

    static final String NAME = "IPBridge-Bookmark";
    private static final int MAX_BOOKMARKS = 16;
    private static final int MAX_LENGTH = 4096;

    private final InstanceBookmarks bookmarks;
    private final JsonMapper json;

    BookmarkHeader(InstanceBookmarks bookmarks, JsonMapper json) {
        this.bookmarks = bookmarks;
        this.json = json;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).doOnNext(response -> {
            List<String> current = bookmarks.current();
            if (!current.isEmpty()) {
                response.getResponseHeaders().set(NAME, String.join(",", current));
            }
        });
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(NAME) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/graphql");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(NAME);
        List<String> values = Arrays.stream(header.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (header.length() > MAX_LENGTH || values.size() > MAX_BOOKMARKS) {
            refuse(response, 400, "at most " + MAX_BOOKMARKS + " bookmarks, " + MAX_LENGTH + " characters");
            return;
        }
        try {
            bookmarks.await(values);
        } catch (ClientException e) {
            refuse(response, 400, "not a bookmark of this database (" + e.getMessage() + ")");
            return;
        } catch (TransientException e) {
            refuse(response, 503, "the database has not reached these bookmarks yet (" + e.getMessage() + ")");
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, int status, String reason) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(Map.of("errors", List.of(Map.of(
                "message", "Header '" + NAME + "': " + reason,
                "extensions", Map.of("classification", "BAD_REQUEST", "header", NAME))))));
    }
}
