package cn.ipbridge.api.explore;

import java.util.List;
import java.util.Set;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.security.RowScope;
import cn.ipbridge.api.system.BoundedArgument;
import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.graph.identifier.CreditCode;

/** Resolves {@code neighbourhood}, {@code shortestPath} and {@code inCommon} over the nodes the caller may see. */
@Controller
class ExploreController {

    static final int MAX_DEPTH = 3;
    static final int MAX_PATH_LENGTH = 6;
    static final int MAX_NODES = 500;

    private static final Set<String> RELATIONSHIP_TYPES = Set.of("APPLIED_BY", "CLASSIFIED_AS", "CITES",
            "TRANSFERRED_TO", "LICENSED_TO", "PARENT", "LOCATED_IN", "IN_INDUSTRY", "OWNS", "COVERS", "SERVES",
            "SPECIALIZES_IN", "HOSTED", "PROVIDED", "PREFERS", "TO", "SECURED_BY", "ASSIGNED_TO", "BY", "AT",
            "ATTENDED", "FOR", "HANDLED_BY", "IN_LIST", "ASSIGNED_LIST");

    private final ExploreQueries queries;

    ExploreController(ExploreQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    Subgraph neighbourhood(@Argument String id, @Argument Integer depth, @Argument List<String> labels,
                           @Argument List<String> relationshipTypes, @Argument Integer limit) {
        return queries.neighbourhood(NodeId.parse("id", id), bounded("depth", depth, 1, MAX_DEPTH),
                labels(labels), types(relationshipTypes), bounded("limit", limit, 100, MAX_NODES), RowScope.current());
    }

    @QueryMapping
    Subgraph shortestPath(@Argument String from, @Argument String to, @Argument Integer maxLength,
                          @Argument List<String> relationshipTypes) {
        return queries.shortestPath(NodeId.parse("from", from), NodeId.parse("to", to),
                bounded("maxLength", maxLength, 4, MAX_PATH_LENGTH), types(relationshipTypes), RowScope.current());
    }

    @QueryMapping
    InCommon inCommon(@Argument String a, @Argument String b) {
        return queries.inCommon(CreditCode.parse(a).value(), CreditCode.parse(b).value(), RowScope.current());
    }

    private static int bounded(String argument, Integer value, int fallback, int max) {
        return BoundedArgument.of(argument, value, fallback, 1, max);
    }

    private static List<String> labels(List<String> labels) {
        if (labels == null || labels.isEmpty()) {
            return null;
        }
        labels.stream().filter(l -> !NodeId.KEYS.containsKey(l)).findFirst().ifPresent(l -> {
            throw new BadArgumentException("labels", "unknown label " + l + "; known: " + NodeId.KEYS.keySet());
        });
        return labels;
    }

    private static List<String> types(List<String> types) {
        if (types == null || types.isEmpty()) {
            return null;
        }
        types.stream().filter(t -> !RELATIONSHIP_TYPES.contains(t)).findFirst().ifPresent(t -> {
            throw new BadArgumentException("relationshipTypes", "unknown relationship type " + t);
        });
        return types;
    }
}
