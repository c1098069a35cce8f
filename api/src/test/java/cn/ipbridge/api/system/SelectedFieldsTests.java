package cn.ipbridge.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

/** {@link SelectedFields} against graphql-java's own answer, on documents with fragments of both kinds. */
class SelectedFieldsTests {

    private static final String SCHEMA = """
            type Query { hits: [Hit] }
            type Hit { key: String, label: String, enterprise: Item, patent: Item, totalCount: Int }
            type Item { name: String }
            """;

    private final List<Set<String>> ours = new ArrayList<>();
    private final List<Set<String>> theirs = new ArrayList<>();

    @Test
    void readsTheFieldsSelectedDirectlyUnderTheFetchedField() {
        run("{ hits { key enterprise { name } } }");
        assertThat(ours).containsExactly(Set.of("key", "enterprise"));
    }

    @Test
    void followsInlineFragmentsAndNamedFragmentsAsGraphqlJavaDoes() {
        run("""
                query { hits { key ...more ... on Hit { patent { name } } } }
                fragment more on Hit { label ...count }
                fragment count on Hit { totalCount }
                """);
        assertThat(ours).containsExactly(Set.of("key", "label", "totalCount", "patent"));
        assertThat(ours).isEqualTo(theirs);
    }

    @Test
    void mergesTheSelectionsOfAFieldAskedTwice() {
        run("{ hits { key } hits { enterprise { name } } }");
        assertThat(ours).containsExactly(Set.of("key", "enterprise"));
        assertThat(ours).isEqualTo(theirs);
    }

    @Test
    void readsTheFieldsSelectedUnderAPathAsGraphqlJavaDoes() {
        List<Set<String>> under = new ArrayList<>();
        List<Set<String>> graphqlJava = new ArrayList<>();
        DataFetcher<Object> fetcher = env -> {
            under.add(SelectedFields.under(env, "enterprise"));
            graphqlJava.add(Set.copyOf(env.getSelectionSet().getFields("enterprise/*").stream()
                    .map(f -> f.getName()).toList()));
            under.add(SelectedFields.under(env, "patent"));
            under.add(SelectedFields.under(env, "enterprise", "name"));
            return List.of();
        };
        execute("""
                query { hits { key enterprise { name } ...more } }
                fragment more on Hit { ... on Hit { enterprise { __typename } } }
                """, fetcher);
        assertThat(under).containsExactly(Set.of("name", "__typename"), Set.of(), Set.of());
        assertThat(under.get(0)).containsAll(graphqlJava.get(0));
    }

    @Test
    void answersWhetherAnyOfSomeNamesIsSelected() {
        List<Boolean> answers = new ArrayList<>();
        DataFetcher<Object> fetcher = env -> {
            answers.add(SelectedFields.any(env, "patent", "enterprise"));
            answers.add(SelectedFields.any(env, "totalCount"));
            return List.of();
        };
        execute("{ hits { key ... on Hit { patent { name } } } }", fetcher);
        assertThat(answers).containsExactly(true, false);
    }

    private void run(String document) {
        execute(document, env -> {
            ours.add(SelectedFields.of(env));
            theirs.add(Set.copyOf(env.getSelectionSet().getImmediateFields().stream()
                    .map(f -> f.getName()).toList()));
            return List.of(Map.of("key", "k"));
        });
    }

    private static void execute(String document, DataFetcher<Object> hits) {
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA),
                RuntimeWiring.newRuntimeWiring().type("Query", t -> t.dataFetcher("hits", hits)).build());
        ExecutionResult result = GraphQL.newGraphQL(schema).build().execute(document);
        assertThat(result.getErrors()).isEmpty();
    }
}
