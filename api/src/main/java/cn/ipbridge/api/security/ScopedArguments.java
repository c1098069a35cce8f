package cn.ipbridge.api.security;

import java.util.Map;
import java.util.Objects;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import cn.ipbridge.api.security.FieldPolicy.Scope;
import cn.ipbridge.api.security.FieldPolicy.ScopedArgument;
import cn.ipbridge.graph.identifier.CreditCode;
import cn.ipbridge.graph.identifier.InvalidIdentifierException;

/**
 * Checks an argument held to the caller's scope ({@link FieldPolicy#SCOPED_ARGUMENTS}): its own name by
 * comparison, a firm, event, case or trademark by one small read with the {@link RowScope} predicate, before the
 * field runs. An unknown or malformed key is not in anyone's scope.
 */
@Component
class ScopedArguments {

    private final Neo4jClient client;

    ScopedArguments(Neo4jClient client) {
        this.client = client;
    }

    /** Whether {@code value} of {@code argument} is within the scope of {@code caller}. */
    boolean allows(Caller caller, ScopedArgument argument, Object value) {
        RowScope scope = RowScope.of(caller);
        return switch (argument.scope()) {
            case OWN -> value != null && Objects.equals(value, scope.value());
            case OWN_IF_GIVEN -> value == null || Objects.equals(value, scope.value());
            default -> value == null || exists(argument.scope(), scope, key(argument.scope(), value));
        };
    }

    private boolean exists(Scope kind, RowScope scope, String key) {
        String match = switch (kind) {
            case FIRM -> "MATCH (e:Enterprise {uscc: $key}) WHERE " + scope.firm("e");
            case EVENT -> "MATCH (ev:Event {id: $key}) WHERE " + scope.event("ev");
            case SERVICE_CASE -> "MATCH (c:ServiceCase {id: $key}) WHERE " + scope.serviceCase("c");
            case TRADEMARK -> "MATCH (e:Enterprise)-[:OWNS]->(:Trademark {registrationNumber: $key}) WHERE "
                    + scope.firm("e");
            default -> throw new IllegalArgumentException(kind.name());
        };
        Map<String, Object> parameters = scope.parameter();
        parameters.put("key", key);
        return client.query(match + " RETURN count(*) > 0 AS inScope").bindAll(parameters)
                .fetchAs(Boolean.class).one().orElse(false);
    }

    private static String key(Scope kind, Object value) {
        String text = value.toString().strip();
        if (kind != Scope.FIRM) {
            return text;
        }
        try {
            return CreditCode.parse(text).value();
        } catch (InvalidIdentifierException malformed) {
            return text;
        }
    }

    /** The value at {@code path} ({@code name}, or {@code input.field}) in the field's arguments. */
    static Object value(Map<String, Object> arguments, String path) {
        Object value = arguments;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }
}
