package cn.ipbridge.api.security;

import static cn.ipbridge.api.security.Role.ADMIN;
import static cn.ipbridge.api.security.Role.DISTRICT;
import static cn.ipbridge.api.security.Role.FUNDER;
import static cn.ipbridge.api.security.Role.INSTITUTION;
import static cn.ipbridge.api.security.Role.OFFICER;
import static cn.ipbridge.api.security.Role.STAFF;
import static cn.ipbridge.api.security.Role.VIEWER;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which roles may read which field, and with which scope, in one place. Keys are schema coordinates
 * ({@code Type.field}).
 * <ul>
 * <li>Every {@code Query} and {@code Mutation} field not listed is for ADMIN and STAFF only: a new feature is
 * closed to the other roles until it is listed here (and, for OFFICER, INSTITUTION, FUNDER and DISTRICT, until its
 * Cypher is scoped to the caller's rows).</li>
 * <li>Fields of other types not listed are readable by whoever reached their parent; listed ones (financing,
 * cases, visit notes, officer notes) come back null with a FORBIDDEN error for any other role.</li>
 * <li>Rows: a query open to a scoped role matches only that role's rows in its own Cypher ({@link RowScope}).</li>
 * <li>Arguments: {@link #SCOPED_ARGUMENTS} holds an argument of a field to the caller's scope (its own name, or a
 * firm, event, case or trademark in its scope), checked before the field is fetched: a refusal names the argument
 * and nothing is read or written.</li>
 * </ul>
 * The matrix, field by field (README "Roles" has the same table for users). ADMIN and STAFF may call every field,
 * unscoped; "scoped" = OFFICER, INSTITUTION, FUNDER, DISTRICT, each limited to its rows.
 * <pre>
 * Query.schemaVersion, me                                  everyone
 * Query.programmeKpis, enterpriseStatistics,
 *       patentStatistics                                   everyone: city-wide aggregates, not split by scope
 * Query.ipcClass, districts, industries, institutions,
 *       funders, universities                              everyone: public directories
 * Query.patent, patents, topic                             everyone: patents are public facts
 * Query.notice                                             everyone (Notice.reachedFirms: ADMIN, STAFF)
 * Query.search                                             everyone; firm hits only the caller's firms (VIEWER none)
 * Query.enterprise                                         scoped; a firm outside the scope is "not found"
 * Query.enterprises, enterpriseRanking                     scoped: only the caller's firms are listed and ranked
 * Query.overdueVisits                                      DISTRICT: its district's key firms; OFFICER: its firms
 * Query.keySegments                                        DISTRICT: its district's SRDI firms
 * Query.institutionsForEnterprise, fundersForEnterprise,
 *       patentsForEnterprise, expertsForEnterprise,
 *       officersForEnterprise                              OFFICER, DISTRICT: uscc must be one of its firms
 * Query.firmsForInstitution                                INSTITUTION: name must be its own, any firm offered;
 *                                                          DISTRICT: any institution, only its district's firms
 * Query.pledgeCandidatesForFunder                          FUNDER: name must be its own, any firm offered;
 *                                                          DISTRICT: any funder, only its district's firms
 * Query.targetProgress, halfYearReport                     DISTRICT: its firms and the events located in it
 *                                                          (and /reports/half-year/..., WebSecurity)
 * Query.keyList                                            DISTRICT: any list, members only its district's firms
 * Query.changes                                            DISTRICT: changes of its firms and events and of their
 *                                                          visits, deals, cases, best cases, assignments,
 *                                                          trademarks, registrations and attendance
 * Query.neighbourhood, shortestPath                        DISTRICT: from and through its own and public nodes;
 *                                                          a start outside the scope is "not found"
 * Query.inCommon                                           DISTRICT: a and b must be its firms
 * Query.importJob, imports, officers                       ADMIN, STAFF only
 * Mutation.recordVisit                                     OFFICER: as itself, at its firms; DISTRICT: its firms
 * Mutation.recordEvent                                     INSTITUTION: hosted by itself; DISTRICT: in its district
 * Mutation.registerForEvent, recordAttendance              INSTITUTION: its events; DISTRICT: its events and firms
 * Mutation.recordFinancingDeal                             FUNDER: as the funder; DISTRICT: its firms
 * Mutation.openServiceCase                                 INSTITUTION: handled by itself; DISTRICT: its firms
 * Mutation.recordCaseOutcome                               INSTITUTION: its cases; DISTRICT: its firms' cases
 * Mutation.recordBestCase, changeSrdiLevel, assignOfficer  DISTRICT: its firms
 * Mutation.createEnterprise                                DISTRICT: in its district
 * Mutation.correctEnterprise                               DISTRICT: its firms, not moved out of the district
 * Mutation.addKeyTrademark                                 DISTRICT: a trademark its firms own
 * Mutation.publishNotice, saveKeyList,
 *       assignOfficerToKeyList, defineTopic, refreshTopic,
 *       startImport                                        ADMIN, STAFF only
 * Mutation.createAccount, disableAccount, createApiToken   ADMIN only
 * </pre>
 * VIEWER calls nothing that is not "everyone", and no mutation.
 */
final class FieldPolicy {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> STAFF_ONLY = EnumSet.of(ADMIN, STAFF);
    /** Every role but VIEWER: their rows are scoped in the field's Cypher. */
    private static final Set<Role> SCOPED = EnumSet.of(ADMIN, STAFF, OFFICER, INSTITUTION, FUNDER, DISTRICT);
    private static final Set<Role> WITH_OFFICER_DISTRICT = EnumSet.of(ADMIN, STAFF, OFFICER, DISTRICT);
    private static final Set<Role> WITH_INSTITUTION_DISTRICT = EnumSet.of(ADMIN, STAFF, INSTITUTION, DISTRICT);
    private static final Set<Role> WITH_DISTRICT = EnumSet.of(ADMIN, STAFF, DISTRICT);

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
            // Public facts: patents, topics (sets of patents), published notices.
            Map.entry("Query.patent", EVERYONE),
            Map.entry("Query.patents", EVERYONE),
            Map.entry("Query.topic", EVERYONE),
            Map.entry("Query.notice", EVERYONE),
            // Row-scoped in its Cypher (RowScope): each party sees its own firms.
            Map.entry("Query.search", EVERYONE),
            Map.entry("Query.enterprise", SCOPED),
            Map.entry("Query.enterprises", SCOPED),
            Map.entry("Query.enterpriseRanking", SCOPED),
            Map.entry("Query.overdueVisits", EnumSet.of(ADMIN, STAFF, DISTRICT, OFFICER)),
            Map.entry("Query.keySegments", WITH_DISTRICT),
            Map.entry("Query.keyList", WITH_DISTRICT),
            Map.entry("Query.targetProgress", WITH_DISTRICT),
            Map.entry("Query.halfYearReport", WITH_DISTRICT),
            Map.entry("Query.changes", WITH_DISTRICT),
            // Exploration: only nodes the caller may see, on every path (explore.VisibleNodes).
            Map.entry("Query.neighbourhood", WITH_DISTRICT),
            Map.entry("Query.shortestPath", WITH_DISTRICT),
            Map.entry("Query.inCommon", WITH_DISTRICT),
            // Matchmaking about one firm: the firm must be in scope (SCOPED_ARGUMENTS).
            Map.entry("Query.institutionsForEnterprise", WITH_OFFICER_DISTRICT),
            Map.entry("Query.fundersForEnterprise", WITH_OFFICER_DISTRICT),
            Map.entry("Query.patentsForEnterprise", WITH_OFFICER_DISTRICT),
            Map.entry("Query.expertsForEnterprise", WITH_OFFICER_DISTRICT),
            Map.entry("Query.officersForEnterprise", WITH_OFFICER_DISTRICT),
            // A party's own matchmaking (SCOPED_ARGUMENTS holds it to its own name).
            Map.entry("Query.firmsForInstitution", EnumSet.of(ADMIN, STAFF, INSTITUTION, DISTRICT)),
            Map.entry("Query.pledgeCandidatesForFunder", EnumSet.of(ADMIN, STAFF, FUNDER, DISTRICT)),
            // Records: each party its own, DISTRICT its district's (SCOPED_ARGUMENTS).
            Map.entry("Mutation.recordVisit", WITH_OFFICER_DISTRICT),
            Map.entry("Mutation.recordEvent", WITH_INSTITUTION_DISTRICT),
            Map.entry("Mutation.registerForEvent", WITH_INSTITUTION_DISTRICT),
            Map.entry("Mutation.recordAttendance", WITH_INSTITUTION_DISTRICT),
            Map.entry("Mutation.recordFinancingDeal", EnumSet.of(ADMIN, STAFF, FUNDER, DISTRICT)),
            Map.entry("Mutation.openServiceCase", WITH_INSTITUTION_DISTRICT),
            Map.entry("Mutation.recordCaseOutcome", WITH_INSTITUTION_DISTRICT),
            Map.entry("Mutation.recordBestCase", WITH_DISTRICT),
            Map.entry("Mutation.createEnterprise", WITH_DISTRICT),
            Map.entry("Mutation.correctEnterprise", WITH_DISTRICT),
            Map.entry("Mutation.changeSrdiLevel", WITH_DISTRICT),
            Map.entry("Mutation.assignOfficer", WITH_DISTRICT),
            Map.entry("Mutation.addKeyTrademark", WITH_DISTRICT),
            // Officers to pick for a key list: the office's own staff.
            Map.entry("Query.officers", STAFF_ONLY),
            // Accounts.
            Map.entry("Mutation.createAccount", EnumSet.of(ADMIN)),
            Map.entry("Mutation.disableAccount", EnumSet.of(ADMIN)),
            Map.entry("Mutation.createApiToken", EnumSet.of(ADMIN)),
            // Firm-level names inside otherwise public types.
            Map.entry("IpcClass.patentCount", EVERYONE),
            Map.entry("Institution.servedEnterprises", STAFF_ONLY),
            Map.entry("Notice.reachedFirms", STAFF_ONLY),
            // Needs are derived from cases and deals, and their rows are not scoped (matching): not for VIEWER,
            // FUNDER.
            Map.entry("Enterprise.needs", EnumSet.of(ADMIN, STAFF, OFFICER, INSTITUTION, DISTRICT)),
            // Financing details: never for institutions or viewers. Rows: RowScope in the operations queries.
            Map.entry("Enterprise.financingDeals", EnumSet.of(ADMIN, STAFF, FUNDER, DISTRICT, OFFICER)),
            Map.entry("Enterprise.serviceCases", EnumSet.of(ADMIN, STAFF, INSTITUTION, DISTRICT, OFFICER)),
            Map.entry("Enterprise.visits", EnumSet.of(ADMIN, STAFF, DISTRICT, OFFICER)),
            Map.entry("Enterprise.officers", EnumSet.of(ADMIN, STAFF, DISTRICT, OFFICER, INSTITUTION)),
            Map.entry("Visit.notes", EnumSet.of(ADMIN, STAFF, OFFICER)),
            Map.entry("Officer.notes", EnumSet.of(ADMIN, STAFF)),
            Map.entry("ProgrammeKpis.dealAmount", EnumSet.of(ADMIN, STAFF, FUNDER, DISTRICT, OFFICER, VIEWER)));

    /** What an argument must be for the caller's role to pass; ADMIN and STAFF are never held. */
    enum Scope {
        /** The caller's own scope value (officer id, institution, funder name, district adcode). */
        OWN,
        /** Absent, or the caller's own scope value. */
        OWN_IF_GIVEN,
        /** A credit code of one of the caller's firms ({@link RowScope#firm}). */
        FIRM,
        /** The id of one of the caller's events ({@link RowScope#event}). */
        EVENT,
        /** The id of a service case the caller may see ({@link RowScope#serviceCase}). */
        SERVICE_CASE,
        /** The registration number of a trademark one of the caller's firms owns. */
        TRADEMARK
    }

    /** {@code path}: the argument, or {@code input.field} inside an input object. */
    record ScopedArgument(String path, Scope scope, Set<Role> roles) {
    }

    private static ScopedArgument held(String path, Scope scope, Role... roles) {
        return new ScopedArgument(path, scope, EnumSet.of(roles[0], roles));
    }

    private static final List<ScopedArgument> FIRM_OF_OFFICER_OR_DISTRICT = List.of(
            held("uscc", Scope.FIRM, OFFICER, DISTRICT));

    /** Arguments held to the caller's scope, per field and role. */
    static final Map<String, List<ScopedArgument>> SCOPED_ARGUMENTS = Map.ofEntries(
            Map.entry("Query.firmsForInstitution", List.of(held("name", Scope.OWN, INSTITUTION))),
            Map.entry("Query.pledgeCandidatesForFunder", List.of(held("name", Scope.OWN, FUNDER))),
            Map.entry("Query.institutionsForEnterprise", FIRM_OF_OFFICER_OR_DISTRICT),
            Map.entry("Query.fundersForEnterprise", FIRM_OF_OFFICER_OR_DISTRICT),
            Map.entry("Query.patentsForEnterprise", FIRM_OF_OFFICER_OR_DISTRICT),
            Map.entry("Query.expertsForEnterprise", FIRM_OF_OFFICER_OR_DISTRICT),
            Map.entry("Query.officersForEnterprise", FIRM_OF_OFFICER_OR_DISTRICT),
            Map.entry("Query.inCommon", List.of(held("a", Scope.FIRM, DISTRICT), held("b", Scope.FIRM, DISTRICT))),
            Map.entry("Mutation.recordVisit", List.of(held("input.officer", Scope.OWN, OFFICER),
                    held("input.enterprise", Scope.FIRM, OFFICER, DISTRICT))),
            Map.entry("Mutation.recordEvent", List.of(held("input.host", Scope.OWN, INSTITUTION),
                    held("input.district", Scope.OWN, DISTRICT))),
            Map.entry("Mutation.registerForEvent", List.of(held("input.event", Scope.EVENT, INSTITUTION, DISTRICT),
                    held("input.enterprise", Scope.FIRM, DISTRICT))),
            Map.entry("Mutation.recordAttendance", List.of(held("input.event", Scope.EVENT, INSTITUTION, DISTRICT),
                    held("input.enterprise", Scope.FIRM, DISTRICT))),
            Map.entry("Mutation.recordFinancingDeal", List.of(held("input.funder", Scope.OWN, FUNDER),
                    held("input.enterprise", Scope.FIRM, DISTRICT))),
            Map.entry("Mutation.openServiceCase", List.of(held("input.institution", Scope.OWN, INSTITUTION),
                    held("input.enterprise", Scope.FIRM, DISTRICT))),
            Map.entry("Mutation.recordCaseOutcome", List.of(held("input.id", Scope.SERVICE_CASE, INSTITUTION,
                    DISTRICT))),
            Map.entry("Mutation.recordBestCase", List.of(held("input.enterprise", Scope.FIRM, DISTRICT))),
            Map.entry("Mutation.createEnterprise", List.of(held("input.district", Scope.OWN, DISTRICT))),
            Map.entry("Mutation.correctEnterprise", List.of(held("input.uscc", Scope.FIRM, DISTRICT),
                    held("input.district", Scope.OWN_IF_GIVEN, DISTRICT))),
            Map.entry("Mutation.changeSrdiLevel", List.of(held("input.enterprise", Scope.FIRM, DISTRICT))),
            Map.entry("Mutation.assignOfficer", List.of(held("input.enterprise", Scope.FIRM, DISTRICT))),
            Map.entry("Mutation.addKeyTrademark", List.of(held("input.registrationNumber", Scope.TRADEMARK,
                    DISTRICT))));

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
