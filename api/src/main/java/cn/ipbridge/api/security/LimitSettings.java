package cn.ipbridge.api.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What one GraphQL request may ask for ({@code ipbridge.limits.*}); a request over any of them is refused before
 * it touches the database, with an error naming the setting.
 *
 * @param maxDepth        deepest nesting of fields
 * @param maxComplexity   fields in the whole operation, fragments expanded (each field costs 1)
 * @param maxAliases      aliased fields in the document
 * @param maxTokens       lexical tokens the parser reads before giving up
 * @param maxDocumentSize request body (and query text) size
 * @param maxPageSize     largest {@code first}, {@code limit} or {@code top} argument
 * @param timeout         wall time of one request; database transactions time out with it
 * @param requestsPerMinute requests one account (or, unsigned, one address) may make per minute; 0: unlimited
 */
@ConfigurationProperties("ipbridge.limits")
public record LimitSettings(Integer maxDepth, Integer maxComplexity, Integer maxAliases, Integer maxTokens,
                            DataSize maxDocumentSize, Integer maxPageSize, Duration timeout,
                            Integer requestsPerMinute) {

    public LimitSettings {
        maxDepth = maxDepth == null ? 15 : maxDepth;
        maxComplexity = maxComplexity == null ? 1000 : maxComplexity;
        maxAliases = maxAliases == null ? 30 : maxAliases;
        maxTokens = maxTokens == null ? 5000 : maxTokens;
        maxDocumentSize = maxDocumentSize == null ? DataSize.ofKilobytes(100) : maxDocumentSize;
        maxPageSize = maxPageSize == null ? 500 : maxPageSize;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        requestsPerMinute = requestsPerMinute == null ? 600 : requestsPerMinute;
    }
}
