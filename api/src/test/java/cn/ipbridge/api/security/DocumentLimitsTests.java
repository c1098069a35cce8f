package cn.ipbridge.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

class DocumentLimitsTests {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse("type Query { slow: String items(first: Int): [String] }"),
            RuntimeWiring.newRuntimeWiring().type("Query", t -> t
                    .dataFetcher("slow", env -> "done")
                    .dataFetcher("items", env -> java.util.List.of("a"))).build());

    @Test
    void refusesFieldsFetchedAfterTheDeadline() {
        ExecutionResult result = run(new LimitSettings(null, null, null, null, null, null, Duration.ZERO, null),
                "{ slow }", Map.of());
        assertThat(result.getErrors()).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("ipbridge.limits.timeout"));
    }

    @Test
    void refusesALargePageGivenAsAVariable() {
        ExecutionResult result = run(new LimitSettings(null, null, null, null, null, 10, null, null),
                "query($n: Int) { items(first: $n) }", Map.of("n", 11));
        assertThat(result.getErrors()).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("'first' 11").contains("max-page-size (10)"));
        assertThat(run(new LimitSettings(null, null, null, null, null, 10, null, null),
                "query($n: Int) { items(first: $n) }", Map.of("n", 10)).getErrors()).isEmpty();
    }

    @Test
    void countsAliasesAndRefusesFullIntrospectionOnly() {
        LimitSettings twoAliases = new LimitSettings(null, null, 2, null, null, null, null, null);
        assertThat(run(twoAliases, "{ a: slow b: slow }", Map.of()).getErrors()).isEmpty();
        assertThat(run(twoAliases, "{ a: slow b: slow c: slow }", Map.of()).getErrors()).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("max-aliases"));
        assertThat(run(twoAliases, "{ __schema { queryType { name } } }", Map.of()).getErrors()).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("introspection"));
        assertThat(run(twoAliases, "{ __type(name: \"Query\") { name } }", Map.of()).getErrors()).isEmpty();
    }

    @Test
    void stopsParsingAtTheTokenLimit() {
        LimitSettings fewTokens = new LimitSettings(null, null, null, 20, null, null, null, null);
        assertThat(run(fewTokens, "{ " + "slow ".repeat(30) + "}", Map.of()).getErrors()).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("token"));
    }

    private static ExecutionResult run(LimitSettings limits, String query, Map<String, Object> variables) {
        GraphQL graphQl = GraphQL.newGraphQL(SCHEMA).instrumentation(new DocumentLimits(limits, false)).build();
        return graphQl.execute(ExecutionInput.newExecutionInput(query).variables(variables).build());
    }
}
