package cn.ipbridge.api.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the parsed and validated form of the most recently used GraphQL documents
 * ({@code ipbridge.graphql.document-cache-size}, 0: off), so a document asked again skips parsing, the document
 * limits and validation. Only requests without variables are served from it: the limits check page sizes given as
 * variables while parsing, so a request with variables is always parsed and checked. A document with errors is not
 * kept. Depth and complexity limits and field authorisation run on every execution either way.
 */
public final class GraphQlDocumentCache implements PreparsedDocumentProvider {

    private final int size;
    private final Map<String, PreparsedDocumentEntry> entries;

    public GraphQlDocumentCache(int size) {
        this.size = size;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                return size() > GraphQlDocumentCache.this.size;
            }
        };
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        if (size <= 0 || !input.getRawVariables().toMap().isEmpty()) {
            return CompletableFuture.completedFuture(parseAndValidate.apply(input));
        }
        String key = input.getQuery();
        PreparsedDocumentEntry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            if (!entry.hasErrors()) {
                synchronized (entries) {
                    entries.put(key, entry);
                }
            }
        }
        return CompletableFuture.completedFuture(entry);
    }

    @Configuration(proxyBeanMethods = false)
    static class Wiring {

        @Bean
        GraphQlSourceBuilderCustomizer graphQlDocumentCache(
                @Value("${ipbridge.graphql.document-cache-size:200}") int size) {
            GraphQlDocumentCache cache = new GraphQlDocumentCache(size);
            return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
        }
    }
}
