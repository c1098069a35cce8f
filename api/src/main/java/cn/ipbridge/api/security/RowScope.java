package cn.ipbridge.api.security;

import cn.ipbridge.api.system.Conditions;

/**
 * The rows a caller may see, as a Cypher predicate added to the query itself (never a filter applied to its
 * results): a query class adds {@link #enterprises} to the {@link Conditions} over its enterprise variable
 * {@code e}, so counts, paging and ordering all see only the caller's firms. The scope value is a bound parameter.
 */
public record RowScope(Role role, String value) {

    /** The current caller's scope; unrestricted when security is off. */
    public static RowScope current() {
        Caller caller = Caller.current();
        if (caller == null) {
            return new RowScope(Role.VIEWER, null);
        }
        String value = switch (caller.role()) {
            case OFFICER -> caller.officerId();
            case INSTITUTION -> caller.institutionName();
            case FUNDER -> caller.funderName();
            case DISTRICT -> caller.districtAdcode();
            default -> null;
        };
        return new RowScope(caller.role(), value);
    }

    /** Restricts {@code conditions} over {@code e} (an Enterprise) to the caller's firms. */
    public Conditions enterprises(Conditions conditions) {
        if (role == Role.ADMIN || role == Role.STAFF) {
            return conditions;
        }
        if (value == null) {
            return conditions.always("false"); // a scoped role without its scope sees nothing
        }
        String predicate = switch (role) {
            case OFFICER -> "EXISTS { (:Officer {id: $scopeValue})-[:ASSIGNED_TO]->(e) }";
            case INSTITUTION -> "EXISTS { (:Institution {name: $scopeValue})-[:SERVES]->(e) }";
            case FUNDER -> "EXISTS { (:Funder {name: $scopeValue})-[:PROVIDED]->(:FinancingDeal)-[:TO]->(e) }";
            case DISTRICT -> "EXISTS { (e)-[:LOCATED_IN]->(:District {adcode: $scopeValue}) }";
            default -> "false";
        };
        return conditions.always(predicate).parameter("scopeValue", value);
    }
}
