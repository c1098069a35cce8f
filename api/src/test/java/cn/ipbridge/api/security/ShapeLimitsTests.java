package cn.ipbridge.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import cn.ipbridge.api.system.GraphQlDocumentCache;

/** {@link ShapeLimits} on graphql-java with the API's document cache: checked once, refused every time. */
class ShapeLimitsTests {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse("type Query { node: Node } type Node { name: String child: Node }"),
            RuntimeWiring.newRuntimeWiring().type("Query", t -> t.dataFetcher("node", env -> Map.of("name", "n")))
                    .build());

    private static final String DEPTH_3 = "{ node { child { name } } }";
    private static final String DEPTH_4 = "{ node { child { child { name } } } }";

    private final AtomicInteger depthChecks = new AtomicInteger();
    private final GraphQL graphQl = GraphQL.newGraphQL(SCHEMA)
            .instrumentation(new ShapeLimits(new CountedDepth(3), new MaxQueryComplexityInstrumentation(100, info -> {
                throw new LimitExceededException("query complexity", info.getComplexity(), "max-complexity", 100);
            })))
            .preparsedDocumentProvider(new GraphQlDocumentCache(10))
            .build();

    @Test
    void checksADocumentWithoutVariablesOnce() {
        for (int i = 0; i < 3; i++) {
            assertThat(graphQl.execute(DEPTH_3).getErrors()).isEmpty();
        }
        assertThat(depthChecks).hasValue(1);
    }

    @Test
    void refusesAnOverDeepDocumentEveryTimeItIsAsked() {
        for (int i = 0; i < 3; i++) {
            assertThat(graphQl.execute(DEPTH_4).getErrors()).singleElement()
                    .satisfies(e -> assertThat(e.getMessage()).contains("max-depth"));
        }
        assertThat(depthChecks).hasValue(3);
    }

    @Test
    void checksEachOperationOfADocumentOnItsOwn() {
        String both = "query shallow { node { name } } query deep " + DEPTH_4;
        for (int i = 0; i < 2; i++) {
            assertThat(graphQl.execute(ExecutionInput.newExecutionInput(both).operationName("shallow").build())
                    .getErrors()).isEmpty();
            assertThat(graphQl.execute(ExecutionInput.newExecutionInput(both).operationName("deep").build())
                    .getErrors()).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("max-depth"));
        }
        assertThat(depthChecks).hasValue(3);
    }

    @Test
    void checksARequestWithVariablesEveryTime() {
        String document = "query($deep: Boolean!) { node { child { child @include(if: $deep) { name } name } } }";
        assertThat(execute(document, false).getErrors()).isEmpty();
        assertThat(execute(document, true).getErrors()).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("max-depth"));
        assertThat(execute(document, false).getErrors()).isEmpty();
        assertThat(depthChecks).hasValue(3);
    }

    private ExecutionResult execute(String document, boolean deep) {
        return graphQl.execute(ExecutionInput.newExecutionInput(document).variables(Map.of("deep", deep)).build());
    }

    private final class CountedDepth extends MaxQueryDepthInstrumentation {

        CountedDepth(int max) {
            super(max, info -> {
                throw new LimitExceededException("query depth", info.getDepth(), "max-depth", max);
            });
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            depthChecks.incrementAndGet();
            return super.beginExecuteOperation(parameters, state);
        }
    }
}
