package cn.ipbridge.api.bench;

import java.util.Map;

/**
 * One request of a benchmark: the GraphQL document the API answers and the Cypher statement with the parameters its
 * resolver runs, which the benchmark also runs straight through the Java driver (the floor).
 */
public record FloorStatement(String graphQl, String cypher, Map<String, Object> parameters) {
}
