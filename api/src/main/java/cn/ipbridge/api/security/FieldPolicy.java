package cn.ipbridge.api.security;

import static cn.ipbridge.api.security.Role.ADMIN;
import static cn.ipbridge.api.security.Role.DISTRICT;
import static cn.ipbridge.api.security.Role.FUNDER;
import static cn.ipbridge.api.security.Role.INSTITUTION;
import static cn.ipbridge.api.security.Role.OFFICER;
import static cn.ipbridge.api.security.Role.STAFF;
import static cn.ipbridge.api.security.Role.VIEWER;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which roles may read which field, in one place. Keys are schema coordinates ({@code Type.field}).
 * <ul>
 * <li>Every {@code Query} and {@code Mutation} field not listed is for ADMIN and STAFF only: a new feature is
 * closed to the other roles until it is listed here (and, for OFFICER, INSTITUTION, FUNDER and DISTRICT, until its
 * Cypher is scoped to the caller's rows).</li>
 * <li>Fields of other types not listed are readable by whoever reached their parent; listed ones (financing,
 * cases, visit notes, officer notes) come back null with a FORBIDDEN error for any other role.</li>
 * <li>Some fields are open to a party only for itself: {@link #SELF_ARGUMENTS}.</li>
 * </ul>
 */
final class FieldPolicy {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> STAFF_ONLY = EnumSet.of(ADMIN, STAFF);

    static final Map<String, Set<Role>> RULES = Map.ofEntries(
            // Aggregates, taxonomy and public directories: every role.
            Map.entry("Query.schemaVersion", EVERYONE),
            Map.entry("Query.me", EVERYONE),
            Map.entry("Query.programmeKpis", EVERYONE),
            Map.entry("Query.enterpriseStatistics", EVERYONE),
            Map.entry("Query.patentStatistics", EVERYONE),
            Map.entry("Query.ipcClass", EVERYONE),
            Map.entry("Query.districts", EVERYONE),
            Map.entry("Query.industries", EVERYONE),
            Map.entry("Query.institutions", EVERYONE),
            Map.entry("Query.funders", EVERYONE),
            Map.entry("Query.universities", EVERYONE),
            // Row-scoped in its Cypher (RowScope): each party sees its own firms.
            Map.entry("Query.enterprises", EnumSet.of(ADMIN, STAFF, OFFICER, INSTITUTION, FUNDER, DISTRICT)),
            // A party's own matchmaking (SELF_ARGUMENTS holds it to its own name).
            Map.entry("Query.firmsForInstitution", EnumSet.of(ADMIN, STAFF, INSTITUTION)),
            Map.entry("Query.pledgeCandidatesForFunder", EnumSet.of(ADMIN, STAFF, FUNDER)),
            // Officers to pick for a key list: the office's own staff.
            Map.entry("Query.officers", STAFF_ONLY),
            // Accounts.
            Map.entry("Mutation.createAccount", EnumSet.of(ADMIN)),
            Map.entry("Mutation.disableAccount", EnumSet.of(ADMIN)),
            Map.entry("Mutation.createApiToken", EnumSet.of(ADMIN)),
            // Firm-level names inside otherwise public types.
            Map.entry("IpcClass.patentCount", EVERYONE),
            Map.entry("Institution.servedEnterprises", EnumSet.of(ADMIN, STAFF, INSTITUTION)),
            // Financing details: never for institutions or viewers.
            Map.entry("Enterprise.financingDeals", EnumSet.of(ADMIN, STAFF, FUNDER, DISTRICT, OFFICER)),
            Map.entry("Enterprise.serviceCases", EnumSet.of(ADMIN, STAFF, INSTITUTION, DISTRICT, OFFICER)),
            Map.entry("Enterprise.visits", EnumSet.of(ADMIN, STAFF, DISTRICT, OFFICER)),
            Map.entry("Enterprise.officers", EnumSet.of(ADMIN, STAFF, DISTRICT, OFFICER, INSTITUTION)),
            Map.entry("Visit.notes", EnumSet.of(ADMIN, STAFF, OFFICER)),
            Map.entry("Officer.notes", EnumSet.of(ADMIN, STAFF)),
            Map.entry("ProgrammeKpis.dealAmount", EnumSet.of(ADMIN, STAFF, FUNDER, DISTRICT, OFFICER, VIEWER)));

    /** Fields a party may call only about itself: the argument must equal the caller's own scope value. */
    static final Map<String, SelfArgument> SELF_ARGUMENTS = Map.of(
            "Query.firmsForInstitution", new SelfArgument(INSTITUTION, "name", Caller::institutionName),
            "Query.pledgeCandidatesForFunder", new SelfArgument(FUNDER, "name", Caller::funderName));

    record SelfArgument(Role role, String argument, Function<Caller, String> own) {
    }

    private FieldPolicy() {
    }

    /** Whether the field is checked at all; unlisted fields of ordinary types are not. */
    static boolean governs(String type, String coordinate) {
        return type.equals("Query") || type.equals("Mutation") || RULES.containsKey(coordinate);
    }

    static boolean allows(Role role, String type, String coordinate) {
        Set<Role> roles = RULES.get(coordinate);
        if (roles == null) {
            roles = type.equals("Query") || type.equals("Mutation") ? STAFF_ONLY : EVERYONE;
        }
        return roles.contains(role);
    }
}
