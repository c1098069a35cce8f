package cn.ipbridge.api.security;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;

/**
 * The GraphQL guards as one instrumentation ({@link GraphQlGuards}; Spring for GraphQL applies every Instrumentation
 * bean): the document's own limits, then depth and complexity (fields, fragments expanded; {@link ShapeLimits}),
 * each refusing with an error naming its setting before any field is fetched, and the field policy.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlLimits {

    @Bean
    GraphQlGuards graphQlGuards(LimitSettings limits, ScopedArguments scopedArguments,
                                @Value("${ipbridge.graphql.introspection:false}") boolean introspection) {
        return new GraphQlGuards(new DocumentLimits(limits, introspection), shapeLimits(limits),
                new FieldAuthorisation(scopedArguments));
    }

    private static ShapeLimits shapeLimits(LimitSettings limits) {
        return new ShapeLimits(new MaxQueryDepthInstrumentation(limits.maxDepth(), info -> {
            throw new LimitExceededException("query depth", info.getDepth(), "max-depth", limits.maxDepth());
        }), new MaxQueryComplexityInstrumentation(limits.maxComplexity(), info -> {
            throw new LimitExceededException("query complexity", info.getComplexity(), "max-complexity",
                    limits.maxComplexity());
        }));
    }

    /** A field that ran past the deadline: a BAD_REQUEST naming the setting rather than an internal error. */
    @Bean
    DataFetcherExceptionResolverAdapter requestTimeoutErrors() {
        return new DataFetcherExceptionResolverAdapter() {
            @Override
            protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
                return ex instanceof RequestTimeoutException
                        ? GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(ex.getMessage()).build()
                        : null;
            }
        };
    }
}
