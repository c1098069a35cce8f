package cn.ipbridge.api.bench;

import java.util.List;

/**
 * One query of scripts/bench: its variants as IPBridge GraphQL with the equivalent Cypher (the floor), and the same
 * variants for the peer (the Neo4j GraphQL Library), empty when the peer cannot express the query.
 */
public record SuiteQuery(String name, List<FloorStatement> statements, List<String> peerDocuments) {

    boolean peerCan() {
        return !peerDocuments.isEmpty();
    }

    /** The variants as IPBridge's GraphQL documents. */
    List<String> documents() {
        return statements.stream().map(FloorStatement::graphQl).toList();
    }
}
