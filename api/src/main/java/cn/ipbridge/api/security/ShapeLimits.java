package cn.ipbridge.api.security;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.validation.ValidationError;

/**
 * The depth and complexity limits (graphql-java's instrumentations, each refusing with an error naming its setting),
 * checked once per document and operation when the request has no variables. Such a document comes back as the
 * same parsed object from the document cache (GraphQlDocumentCache), and its depth and complexity cannot change
 * between requests; walking it again cost a light request about a twentieth of its time. A request with variables
 * (whose {@code @skip} and {@code @include} may change the shape) is always checked, and a refused document is
 * never remembered. Documents are held weakly: one the cache drops is forgotten here too.
 */
final class ShapeLimits implements Instrumentation {

    private final Instrumentation checks;
    private final Map<Document, Set<String>> passed = Collections.synchronizedMap(new WeakHashMap<>());

    ShapeLimits(MaxQueryDepthInstrumentation depth, MaxQueryComplexityInstrumentation complexity) {
        this.checks = new ChainedInstrumentation(depth, complexity);
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return checks.createStateAsync(parameters);
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(
            InstrumentationValidationParameters parameters, InstrumentationState state) {
        return checks.beginValidation(parameters, state);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        boolean reusable = context.getExecutionInput().getRawVariables().toMap().isEmpty();
        String operation = Objects.toString(context.getOperationDefinition().getName(), "");
        if (reusable && passed.getOrDefault(context.getDocument(), Set.of()).contains(operation)) {
            return SimpleInstrumentationContext.noOp();
        }
        InstrumentationContext<ExecutionResult> checked = checks.beginExecuteOperation(parameters, state);
        if (reusable) {
            passed.computeIfAbsent(context.getDocument(), d -> Collections.synchronizedSet(new HashSet<>()))
                    .add(operation);
        }
        return checked;
    }
}
