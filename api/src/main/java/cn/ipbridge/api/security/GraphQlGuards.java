package cn.ipbridge.api.security;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.schema.DataFetcher;
import graphql.validation.ValidationError;

/**
 * The request guards as the one instrumentation Spring for GraphQL applies: the document's own limits, its depth
 * and complexity, and the field policy, each called for the steps it takes part in. Registered one by one they ran
 * in graphql-java's chain, which calls every member at every step of every field (four steps, thousands of fields
 * in a long list) and builds a context for each answer; here the steps none of them takes part in cost nothing.
 * The field policy's check wraps the deadline's, so a forbidden field is refused before the clock is read.
 */
final class GraphQlGuards extends SimplePerformantInstrumentation {

    private final DocumentLimits document;
    private final ShapeLimits shape;
    private final FieldAuthorisation fields;

    GraphQlGuards(DocumentLimits document, ShapeLimits shape, FieldAuthorisation fields) {
        this.document = document;
        this.shape = shape;
        this.fields = fields;
    }

    /** The state is the depth and complexity checks'; the other guards keep theirs in the request's context. */
    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return shape.createStateAsync(parameters);
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                                                   InstrumentationState state) {
        return fields.instrumentExecutionInput(document.instrumentExecutionInput(input, parameters, state),
                parameters, state);
    }

    @Override
    public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
                                                               InstrumentationExecutionParameters parameters,
                                                               InstrumentationState state) {
        return document.instrumentDocumentAndVariables(documentAndVariables, parameters, state);
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                         InstrumentationState state) {
        return shape.beginValidation(parameters, state);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        return shape.beginExecuteOperation(parameters, state);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
                                                InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        return fields.instrumentDataFetcher(document.instrumentDataFetcher(dataFetcher, parameters, state),
                parameters, state);
    }
}
