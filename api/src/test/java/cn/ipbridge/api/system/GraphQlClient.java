package cn.ipbridge.api.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A bare GraphQL-over-HTTP client for tests that talk to a separately started process. */
record GraphQlClient(UnaryOperator<String> transport) {

    private static final ObjectMapper JSON = new ObjectMapper();

    String post(String query) {
        return transport.apply(JSON.writeValueAsString(Map.of("query", query)));
    }

    /** Enterprise and patent totals and the first page of credit codes, from a query shaped like README's. */
    Counts counts(String query) {
        JsonNode response = JSON.readTree(post(query));
        if (response.has("errors")) {
            throw new AssertionError("GraphQL errors: " + response.get("errors"));
        }
        JsonNode data = response.get("data");
        List<String> usccs = new ArrayList<>();
        data.get("enterprises").get("edges").forEach(e -> usccs.add(e.get("node").get("uscc").asString()));
        return new Counts(data.get("enterprises").get("totalCount").asLong(),
                data.get("patents").get("totalCount").asLong(), usccs);
    }

    record Counts(long enterprises, long patents, List<String> usccs) {
    }
}
