package cn.ipbridge.api.security;

import java.util.HashMap;
import java.util.Map;

import cn.ipbridge.api.system.Conditions;

/**
 * The rows a caller may see, as a Cypher predicate added to the query itself (never a filter applied to its
 * results): a query class adds {@link #enterprises} to the {@link Conditions} over its enterprise variable
 * {@code e}, or puts {@link #firm}, {@link #event}, {@link #deal} or {@link #serviceCase} into its WHERE clause with
 * {@link #parameter()} bound, so counts, paging and ordering all see only the caller's rows. The scope value is a
 * bound parameter, {@code $scopeValue}.
 * <ul>
 * <li>Firms: OFFICER those it is ASSIGNED_TO, INSTITUTION those it SERVES, FUNDER those it financed, DISTRICT those
 * LOCATED_IN it; VIEWER none (firm rows are not public); ADMIN and STAFF all.</li>
 * <li>Events: INSTITUTION those it HOSTED, DISTRICT those LOCATED_IN it; the other scoped roles none.</li>
 * <li>Financing deals: FUNDER its own, the other scoped roles the deals of their firms.</li>
 * <li>Service cases: INSTITUTION those HANDLED_BY it (never another institution's), the other scoped roles the
 * cases of their firms.</li>
 * </ul>
 */
public record RowScope(Role role, String value) {

    /** The name of the bound parameter that carries {@link #value}. */
    public static final String PARAMETER = "scopeValue";

    /** The current caller's scope; unrestricted when security is off. */
    public static RowScope current() {
        return of(Caller.current());
    }

    static RowScope of(Caller caller) {
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

    /** A scope that lets every row through: for reads whose arguments were already held to the caller's scope. */
    public static RowScope unrestrictedScope() {
        return new RowScope(Role.STAFF, null);
    }

    /** Whether every row is in scope (ADMIN, STAFF). */
    public boolean unrestricted() {
        return role == Role.ADMIN || role == Role.STAFF;
    }

    /**
     * A pattern binding {@code variable} to the caller's firms from the one node that scopes them, for a MATCH to
     * start from instead of testing every firm: a DISTRICT's district (a firm is located in one district, so the
     * pattern yields each firm once). Null for every other role: unrestricted, or scoped by links a firm may have
     * more than one of. The predicate of {@link #enterprises} still applies.
     */
    public String firmsFrom(String variable) {
        return role == Role.DISTRICT && value != null
                ? "(:District {adcode: $scopeValue})<-[:LOCATED_IN]-(%s)".formatted(variable) : null;
    }

    /** Restricts {@code conditions} over {@code e} (an Enterprise) to the caller's firms. */
    public Conditions enterprises(Conditions conditions) {
        return unrestricted() ? conditions : conditions.always(firm("e")).parameter(PARAMETER, value);
    }

    /**
     * Restricts the candidate firms of matchmaking over {@code e}: an INSTITUTION or a FUNDER is offered any firm
     * (finding candidates is what its own matchmaking is for; the argument checks hold it to its own name), the other
     * scoped roles only their own firms (a DISTRICT its district's).
     */
    public Conditions candidates(Conditions conditions) {
        return role == Role.INSTITUTION || role == Role.FUNDER ? conditions : enterprises(conditions);
    }

    /** {@code $scopeValue} and its value, to bind with any of the predicates. */
    public Map<String, Object> parameter() {
        Map<String, Object> parameter = new HashMap<>();
        parameter.put(PARAMETER, value);
        return parameter;
    }

    /** A predicate: the Enterprise bound to {@code variable} is one of the caller's firms. */
    public String firm(String variable) {
        if (unrestricted()) {
            return "true";
        }
        if (value == null) {
            return "false"; // a scoped role without its scope sees nothing
        }
        return switch (role) {
            case OFFICER -> "EXISTS { (:Officer {id: $scopeValue})-[:ASSIGNED_TO]->(%s) }".formatted(variable);
            case INSTITUTION -> "EXISTS { (:Institution {name: $scopeValue})-[:SERVES]->(%s) }".formatted(variable);
            case FUNDER -> "EXISTS { (:Funder {name: $scopeValue})-[:PROVIDED]->(:FinancingDeal)-[:TO]->(%s) }"
                    .formatted(variable);
            case DISTRICT -> "EXISTS { (%s)-[:LOCATED_IN]->(:District {adcode: $scopeValue}) }".formatted(variable);
            default -> "false";
        };
    }

    /** A predicate: the Event bound to {@code variable} is one of the caller's events. */
    public String event(String variable) {
        if (unrestricted()) {
            return "true";
        }
        if (value == null) {
            return "false";
        }
        return switch (role) {
            case INSTITUTION -> "EXISTS { (:Institution {name: $scopeValue})-[:HOSTED]->(%s) }".formatted(variable);
            case DISTRICT -> "EXISTS { (%s)-[:LOCATED_IN]->(:District {adcode: $scopeValue}) }".formatted(variable);
            default -> "false";
        };
    }

    /** A predicate: the FinancingDeal bound to {@code variable} is one the caller may see (a FUNDER: its own). */
    public String deal(String variable) {
        if (role == Role.FUNDER && value != null) {
            return "EXISTS { (:Funder {name: $scopeValue})-[:PROVIDED]->(%s) }".formatted(variable);
        }
        if (unrestricted()) {
            return "true";
        }
        String firm = variable + "Firm";
        return "EXISTS { (%s)-[:TO]->(%s:Enterprise) WHERE %s }".formatted(variable, firm, firm(firm));
    }

    /** A predicate: the ServiceCase bound to {@code variable} is one the caller may see. */
    public String serviceCase(String variable) {
        if (unrestricted()) {
            return "true";
        }
        if (role == Role.INSTITUTION && value != null) {
            return "EXISTS { (%s)-[:HANDLED_BY]->(:Institution {name: $scopeValue}) }".formatted(variable);
        }
        String firm = variable + "Firm";
        return "EXISTS { (%s)-[:FOR]->(%s:Enterprise) WHERE %s }".formatted(variable, firm, firm(firm));
    }
}
