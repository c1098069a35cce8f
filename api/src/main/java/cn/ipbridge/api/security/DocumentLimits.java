package cn.ipbridge.api.security;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.IntValue;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.VariableReference;
import graphql.parser.ParserOptions;
import graphql.schema.DataFetcher;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * The limits read off the document itself, checked after parsing and before validation, so that neither
 * validation nor the database sees an oversized request: tokens and characters (parser options), aliases, page
 * sizes ({@code first}, {@code limit}, {@code top}, literal or variable), full introspection ({@code __schema}) when
 * it is off; and the request's deadline, checked before every field is fetched.
 */
class DocumentLimits extends SimplePerformantInstrumentation {

    static final Set<String> PAGE_ARGUMENTS = Set.of("first", "limit", "top");
    private static final String DEADLINE = DocumentLimits.class.getName() + ".deadline";

    private final LimitSettings limits;
    private final boolean introspection;
    private final ParserOptions parserOptions;

    DocumentLimits(LimitSettings limits, boolean introspection) {
        this.limits = limits;
        this.introspection = introspection;
        int characters = (int) Math.min(Integer.MAX_VALUE, limits.maxDocumentSize().toBytes());
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(
                b -> b.maxTokens(limits.maxTokens()).maxCharacters(characters));
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                                                   InstrumentationState state) {
        input.getGraphQLContext().put(ParserOptions.class, parserOptions);
        input.getGraphQLContext().put(DEADLINE, Instant.now().plus(limits.timeout()));
        return input;
    }

    @Override
    public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
                                                               InstrumentationExecutionParameters parameters,
                                                               InstrumentationState state) {
        Map<String, Object> variables = documentAndVariables.getVariables();
        int[] aliases = {0};
        // preOrder: each node once (depthFirst visits on entering and on leaving).
        new NodeTraverser().preOrder(new NodeVisitorStub() {
            @Override
            public TraversalControl visitField(Field field, TraverserContext<Node> context) {
                if (field.getAlias() != null) {
                    aliases[0]++;
                }
                if (!introspection && field.getName().equals("__schema")) {
                    throw new LimitExceededException("introspection", "(__schema)", "introspection",
                            "off; set ipbridge.graphql.introspection=true");
                }
                field.getArguments().forEach(argument -> checkPageSize(argument, variables));
                return TraversalControl.CONTINUE;
            }
        }, documentAndVariables.getDocument());
        if (aliases[0] > limits.maxAliases()) {
            throw new LimitExceededException("aliases", aliases[0], "max-aliases", limits.maxAliases());
        }
        return documentAndVariables;
    }

    private void checkPageSize(Argument argument, Map<String, Object> variables) {
        if (!PAGE_ARGUMENTS.contains(argument.getName())) {
            return;
        }
        Object value = argument.getValue() instanceof IntValue literal ? literal.getValue()
                : argument.getValue() instanceof VariableReference variable ? variables.get(variable.getName())
                : null;
        if (value instanceof Number n && n.longValue() > limits.maxPageSize()) {
            throw new LimitExceededException("argument '" + argument.getName() + "'", n, "max-page-size",
                    limits.maxPageSize());
        }
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
                                                InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        if (parameters.isTrivialDataFetcher()) {
            return dataFetcher; // reads a property of a fetched value: no work worth stopping
        }
        return environment -> {
            Instant deadline = environment.getGraphQlContext().get(DEADLINE);
            if (deadline != null && Instant.now().isAfter(deadline)) {
                throw new RequestTimeoutException(limits.timeout());
            }
            return dataFetcher.get(environment);
        };
    }
}
