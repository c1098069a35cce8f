package cn.ipbridge.api.explore;

import java.util.HashMap;
import java.util.Map;

import cn.ipbridge.api.bench.FloorStatement;

/** The exploration queries as the benchmark drives them: each GraphQL document with the Cypher its resolver runs. */
public final class ExploreStatements {

    private ExploreStatements() {
    }

    public static FloorStatement neighbourhood(String uscc, int depth, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("key", uscc);
        parameters.put("labels", null);
        parameters.put("types", null);
        parameters.put("cap", limit);
        parameters.put("fetch", limit + 1);
        return new FloorStatement("{ neighbourhood(id: \"Enterprise:%s\", depth: %d, limit: %d) { capped } }"
                .formatted(uscc, depth, limit),
                ExploreQueries.neighbourhoodCypher(NodeId.of("Enterprise", uscc), depth), parameters);
    }

    public static FloorStatement shortestPath(String from, String to, int maxLength) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("types", null);
        return new FloorStatement(("{ shortestPath(from: \"Enterprise:%s\", to: \"Enterprise:%s\", maxLength: %d) "
                + "{ nodes { id } } }").formatted(from, to, maxLength),
                ExploreQueries.shortestPathCypher(NodeId.of("Enterprise", from), NodeId.of("Enterprise", to),
                        maxLength), parameters);
    }

    public static FloorStatement inCommon(String a, String b) {
        return new FloorStatement("{ inCommon(a: \"%s\", b: \"%s\") { sharedIpcSubclasses } }".formatted(a, b),
                ExploreQueries.IN_COMMON, Map.of("a", a, "b", b));
    }
}
