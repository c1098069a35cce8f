package cn.ipbridge.api.system;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

import cn.ipbridge.graph.identifier.InvalidIdentifierException;

/**
 * Turns the exceptions clients can cause into errors that say what was wrong. Anything else stays with Spring
 * for GraphQL's default: an INTERNAL_ERROR with an id to find in the log, never a stack trace or Cypher.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        ErrorType type;
        if (ex instanceof InvalidIdentifierException || ex instanceof BadArgumentException) {
            type = ErrorType.BAD_REQUEST;
        } else if (ex instanceof NotFoundException) {
            type = ErrorType.NOT_FOUND;
        } else {
            return null;
        }
        return GraphqlErrorBuilder.newError(env).errorType(type).message(ex.getMessage()).build();
    }
}
