package cn.ipbridge.api.security;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Enforces {@link FieldPolicy} on every field as it is fetched: a field the caller's role may not read is not
 * fetched at all, comes back null, and carries a FORBIDDEN error naming the field. The caller is taken once per
 * request, on the request's thread.
 */
class FieldAuthorisation extends SimplePerformantInstrumentation {

    private static final String CALLER = FieldAuthorisation.class.getName() + ".caller";

    private final ScopedArguments scopedArguments;
    /**
     * Type name, field name: the field's coordinate if the policy governs it, else empty. Asked for every field of
     * every object fetched (thousands in a long list), so the answer is kept rather than the coordinate built each
     * time; the schema is fixed, so this holds at most one entry per field of the schema.
     */
    private final Map<String, Map<String, String>> coordinates = new ConcurrentHashMap<>();

    FieldAuthorisation(ScopedArguments scopedArguments) {
        this.scopedArguments = scopedArguments;
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                                                   InstrumentationState state) {
        Caller caller = Caller.current();
        if (caller != null) {
            input.getGraphQLContext().put(CALLER, caller);
        }
        return input;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
                                                InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        String type = parameters.getExecutionStepInfo().getObjectType().getName();
        String coordinate = coordinates.computeIfAbsent(type, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(parameters.getField().getName(), field -> governed(type, type + "." + field));
        if (coordinate.isEmpty()) {
            return dataFetcher;
        }
        List<FieldPolicy.ScopedArgument> scoped = FieldPolicy.SCOPED_ARGUMENTS.getOrDefault(coordinate, List.of());
        return environment -> {
            Caller caller = environment.getGraphQlContext().get(CALLER);
            if (caller == null || !FieldPolicy.allows(caller.role(), type, coordinate)) {
                throw new Denied((caller == null ? "an unsigned caller" : "role " + caller.role())
                        + " may not read " + coordinate);
            }
            for (FieldPolicy.ScopedArgument argument : scoped) {
                if (argument.roles().contains(caller.role()) && !scopedArguments.allows(caller, argument,
                        ScopedArguments.value(environment.getArguments(), argument.path()))) {
                    throw new Denied("role " + caller.role() + " may use " + coordinate + " only with '"
                            + argument.path() + "' " + describe(argument.scope()) + " ("
                            + RowScope.of(caller).value() + ")");
                }
            }
            return dataFetcher.get(environment);
        };
    }

    /** The coordinate of a field {@link FieldPolicy} governs, else empty. */
    private static String governed(String type, String coordinate) {
        return FieldPolicy.governs(type, coordinate) ? coordinate : "";
    }

    private static String describe(FieldPolicy.Scope scope) {
        return switch (scope) {
            case OWN -> "equal to its own";
            case OWN_IF_GIVEN -> "absent or equal to its own";
            case FIRM -> "naming a firm in its scope";
            case EVENT -> "naming an event in its scope";
            case SERVICE_CASE -> "naming a service case in its scope";
            case TRADEMARK -> "naming a trademark of a firm in its scope";
        };
    }

    static final class Denied extends RuntimeException {
        Denied(String message) {
            super("Not authorised: " + message);
        }
    }

    @Component
    static class DeniedErrors extends DataFetcherExceptionResolverAdapter {
        @Override
        protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
            return ex instanceof Denied
                    ? GraphqlErrorBuilder.newError(env).errorType(ErrorType.FORBIDDEN).message(ex.getMessage()).build()
                    : null;
        }
    }
}
