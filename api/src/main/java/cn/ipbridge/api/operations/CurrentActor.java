package cn.ipbridge.api.operations;

import java.util.Map;

import graphql.GraphQLContext;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import cn.ipbridge.api.security.Caller;
import reactor.core.publisher.Mono;

/**
 * Who is making a change, for the audit trail: the account signed in to the request. Only when nobody signed in
 * (security off, or a role given to unsigned requests) does the {@code X-IPBridge-Actor} request header name the
 * actor, else "anonymous": a signed-in caller cannot pass for someone else.
 */
@Component
class CurrentActor implements WebGraphQlInterceptor {

    static final String HEADER = "X-IPBridge-Actor";
    static final String ANONYMOUS = "anonymous";
    private static final String KEY = CurrentActor.class.getName();
    private static final int MAX_LENGTH = 100;

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String header = request.getHeaders().getFirst(HEADER);
        String signedIn = Caller.signedInUsername();
        String actor = signedIn != null ? signedIn : header == null || header.isBlank() ? ANONYMOUS : header.strip();
        String bounded = actor.length() > MAX_LENGTH ? actor.substring(0, MAX_LENGTH) : actor;
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(KEY, bounded)).build());
        return chain.next(request);
    }

    static String of(GraphQLContext context) {
        return context.getOrDefault(KEY, ANONYMOUS);
    }
}
