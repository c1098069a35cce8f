package cn.ipbridge.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import cn.ipbridge.api.support.SmallGraphTest;

/**
 * Requests meant to hurt: each is refused quickly, with an error naming the limit, or answered safely (no
 * internal error, nothing leaked, nothing written), and the service answers a normal query afterwards.
 */
class AbuseIT extends SmallGraphTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration QUICK = Duration.ofSeconds(5);
    /** Lucene syntax and Cypher fragments, put into every string argument of every query. */
    private static final List<String> HOSTILE = List.of("*:*", "name:* OR uscc:*", "微电子\" OR \"a", "\\",
            "~1^2 && || ! ( ) [ ] { } ? / -", "' OR 1=1 //", "\"}) MATCH (n) DETACH DELETE n //",
            "H01L') RETURN 1 UNION MATCH (n) RETURN n //", "$uscc", "`Enterprise`", "x} RETURN 1 //");

    @LocalServerPort
    int port;

    @Autowired
    GraphQlSource graphQlSource;

    @Autowired
    Driver driver;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @AfterEach
    void serviceIsStillHealthy() throws Exception {
        JsonNode answer = post(Map.of("query", "{ schemaVersion enterprises(first: 2) { totalCount } }")).json();
        assertThat(answer.has("errors")).as("errors: %s", answer.get("errors")).isFalse();
        assertThat(answer.at("/data/enterprises/totalCount").asLong()).isPositive();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(url("/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("\"UP\"");
    }

    @Test
    void refusesAQueryFiftyLevelsDeepNamingTheDepthLimit() throws Exception {
        String query = "{ ipcClass(code: \"H01L\") " + "{ parent ".repeat(49) + "{ code }" + " }".repeat(49) + " }";
        assertRefusedQuickly(Map.of("query", query), "ipbridge.limits.max-depth");
    }

    @Test
    void refusesAThousandAliasesNamingTheAliasLimit() throws Exception {
        String query = IntStream.range(0, 1000).mapToObj(i -> "a" + i + ": schemaVersion")
                .collect(Collectors.joining(" ", "{ ", " }"));
        assertRefusedQuickly(Map.of("query", query), "ipbridge.limits.max-aliases");
    }

    @Test
    void refusesCyclicFragments() throws Exception {
        String query = "{ ...A } fragment A on Query { schemaVersion ...B } fragment B on Query { ...A }";
        Answer answer = timed(Map.of("query", query));
        assertThat(answer.elapsed()).isLessThan(QUICK);
        assertThat(answer.json().path("data").isMissingNode() || answer.json().path("data").isNull()).isTrue();
        assertThat(answer.json().at("/errors/0/message").asString()).containsIgnoringCase("fragment");
    }

    @Test
    void refusesAOneMegabyteDocumentBeforeReadingIt() throws Exception {
        String query = "{ schemaVersion }" + " ".repeat(1024 * 1024);
        Answer answer = timed(Map.of("query", query));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.elapsed()).isLessThan(QUICK);
        assertThat(answer.json().at("/errors/0/message").asString()).contains("ipbridge.limits.max-document-size");
    }

    @Test
    void refusesTooManyTokensNamingTheLimit() throws Exception {
        String query = "{ schemaVersion " + "__typename ".repeat(6000) + "}";
        assertRefusedQuickly(Map.of("query", query), "token");
    }

    @Test
    void refusesAMillionItemsPerPageAsLiteralOrVariable() throws Exception {
        for (String query : List.of("{ enterprises(first: 1000000) { totalCount } }",
                "{ patents(first: 1000000) { totalCount } }", "{ search(text: \"微电子\", first: 1000000) { key } }",
                "{ institutions(first: 1000000) { name } }",
                "{ neighbourhood(id: \"IpcClass:H01L\", limit: 1000000) { capped } }")) {
            assertRefusedQuickly(Map.of("query", query), "ipbridge.limits.max-page-size");
        }
        assertRefusedQuickly(Map.of("query", "query($n: Int) { enterprises(first: $n) { totalCount } }",
                "variables", Map.of("n", 1_000_000)), "ipbridge.limits.max-page-size");
    }

    @Test
    void refusesFullIntrospectionOutsideDevelopment() throws Exception {
        assertRefusedQuickly(Map.of("query", "{ __schema { types { name } } }"), "introspection");
    }

    @Test
    void answersHostileTextInEveryStringArgumentSafely() throws Exception {
        long nodesBefore = nodeCount();
        GraphQLSchema schema = graphQlSource.schema();
        List<String> checked = new ArrayList<>();
        for (GraphQLFieldDefinition field : schema.getQueryType().getFieldDefinitions()) {
            for (GraphQLArgument target : field.getArguments()) {
                if (!hasStrings(target.getType())) {
                    continue;
                }
                for (String hostile : HOSTILE) {
                    Map<String, Object> body = request(field, target, hostile);
                    Answer answer = timed(body);
                    assertThat(answer.elapsed()).as("%s(%s: %s)", field.getName(), target.getName(), hostile)
                            .isLessThan(QUICK);
                    String text = answer.json().toString();
                    assertThat(text).as("%s(%s: %s) -> %s", field.getName(), target.getName(), hostile, text)
                            .doesNotContain("INTERNAL_ERROR").doesNotContain("Exception").doesNotContain("at cn.")
                            .doesNotContain("org.neo4j").doesNotContain("DETACH DELETE n //\" RETURN");
                }
                checked.add(field.getName() + "." + target.getName());
            }
        }
        assertThat(checked).contains("search.text", "enterprise.uscc", "enterprises.filter", "patents.filter",
                "neighbourhood.id", "shortestPath.from", "firmsForInstitution.name");
        assertThat(nodeCount()).as("nothing written or deleted").isEqualTo(nodesBefore);
    }

    /** {@code field(target: hostile, other required arguments: something valid) { __typename }}. */
    private static Map<String, Object> request(GraphQLFieldDefinition field, GraphQLArgument target, String hostile) {
        Map<String, Object> variables = new LinkedHashMap<>();
        List<String> declarations = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        for (GraphQLArgument argument : field.getArguments()) {
            boolean required = GraphQLTypeUtil.isNonNull(argument.getType());
            if (argument != target && !required) {
                continue;
            }
            Object value = argument == target ? hostileValue(argument.getType(), hostile)
                    : harmlessValue(argument.getType(), hostile);
            variables.put(argument.getName(), value);
            declarations.add("$" + argument.getName() + ": " + GraphQLTypeUtil.simplePrint(argument.getType()));
            arguments.add(argument.getName() + ": $" + argument.getName());
        }
        GraphQLType result = GraphQLTypeUtil.unwrapAll(field.getType());
        String selection = result instanceof GraphQLScalarType || result instanceof GraphQLEnumType ? ""
                : " { __typename }";
        String query = "query(" + String.join(", ", declarations) + ") { " + field.getName()
                + "(" + String.join(", ", arguments) + ")" + selection + " }";
        return Map.of("query", query, "variables", variables);
    }

    private static Object hostileValue(GraphQLInputType type, String hostile) {
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        if (bare instanceof GraphQLList list) {
            return List.of(hostileValue((GraphQLInputType) list.getWrappedType(), hostile));
        }
        if (bare instanceof GraphQLInputObjectType object) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (GraphQLInputObjectField f : object.getFieldDefinitions()) {
                if (hasStrings(f.getType())) {
                    fields.put(f.getName(), hostileValue(f.getType(), hostile));
                } else if (GraphQLTypeUtil.isNonNull(f.getType())) {
                    fields.put(f.getName(), harmlessValue(f.getType(), hostile));
                }
            }
            return fields;
        }
        return hostile;
    }

    private static Object harmlessValue(GraphQLInputType type, String hostile) {
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        if (bare instanceof GraphQLList list) {
            return List.of(harmlessValue((GraphQLInputType) list.getWrappedType(), hostile));
        }
        if (bare instanceof GraphQLEnumType e) {
            return e.getValues().get(0).getName();
        }
        if (bare instanceof GraphQLInputObjectType) {
            return hostileValue(type, hostile);
        }
        return switch (((GraphQLNamedType) bare).getName()) {
            case "Int" -> 1;
            case "Float" -> 1.0;
            case "Boolean" -> true;
            case "Date" -> "2024-01-01";
            default -> hostile;
        };
    }

    private static boolean hasStrings(GraphQLInputType type) {
        GraphQLType bare = GraphQLTypeUtil.unwrapAll(type);
        if (bare instanceof GraphQLScalarType scalar) {
            return scalar.getName().equals("String") || scalar.getName().equals("ID");
        }
        return bare instanceof GraphQLInputObjectType object
                && object.getFieldDefinitions().stream().anyMatch(f -> hasStrings(f.getType()));
    }

    private void assertRefusedQuickly(Map<String, Object> body, String limit) throws Exception {
        Answer answer = timed(body);
        assertThat(answer.elapsed()).as("answered within %s", QUICK).isLessThan(QUICK);
        JsonNode json = answer.json();
        assertThat(json.path("data").isMissingNode() || json.path("data").isNull())
                .as("no data for a refused request: %s", json).isTrue();
        assertThat(json.at("/errors/0/message").asString()).as("%s", json).containsIgnoringCase(limit);
        assertThat(json.toString()).doesNotContain("Exception").doesNotContain("at graphql.");
    }

    private long nodeCount() {
        return driver.executableQuery("MATCH (n) RETURN count(n) AS n").execute().records().get(0).get("n").asLong();
    }

    private Answer timed(Map<String, Object> body) throws IOException, InterruptedException {
        return post(body);
    }

    private Answer post(Map<String, Object> body) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(url("/graphql")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Answer(response.statusCode(), JSON.readTree(response.body()), elapsed);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private record Answer(int status, JsonNode json, Duration elapsed) {
    }
}
