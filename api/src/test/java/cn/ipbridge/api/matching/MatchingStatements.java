package cn.ipbridge.api.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.ipbridge.api.bench.FloorStatement;
import cn.ipbridge.api.enterprise.Enterprise;

/** The matchmaking queries as the benchmark drives them: each GraphQL document with the Cypher its resolver runs. */
public final class MatchingStatements {

    /** The default candidate limit ({@code ipbridge.matching.candidate-limit}). */
    private static final MatchingSettings SETTINGS = MatchingSettings.defaults();
    private static final int LIMIT = SETTINGS.candidateLimit();

    private MatchingStatements() {
    }

    public static FloorStatement forEnterprise(String field, String uscc) {
        String candidates = switch (field) {
            case "institutionsForEnterprise" -> EnterpriseMatchQueries.INSTITUTIONS_CANDIDATES;
            case "fundersForEnterprise" -> EnterpriseMatchQueries.FUNDERS_CANDIDATES;
            case "patentsForEnterprise" -> EnterpriseMatchQueries.PATENTS_CANDIDATES;
            case "expertsForEnterprise" -> EnterpriseMatchQueries.EXPERTS_CANDIDATES;
            case "officersForEnterprise" -> EnterpriseMatchQueries.OFFICERS_CANDIDATES;
            default -> throw new IllegalArgumentException("no matchmaking field " + field);
        };
        Map<String, Object> parameters = new HashMap<>(Map.of("uscc", uscc));
        if (field.equals("patentsForEnterprise")) {
            parameters.put("limit", LIMIT);
            parameters.put("scan", EnterpriseMatchQueries.PATENTS_SCANNED * LIMIT);
        }
        return new FloorStatement("{ %s(uscc: \"%s\") { score } }".formatted(field, uscc),
                EnterpriseMatchQueries.withFirm(candidates), parameters);
    }

    /** The statement of a matchmaking query for one subject: a credit code, or an institution's or funder's name. */
    public static FloorStatement of(String query, String subject) {
        return switch (query) {
            case "firmsForInstitution" -> firmsForInstitution(subject);
            case "pledgeCandidatesForFunder" -> pledgeCandidatesForFunder(subject);
            default -> forEnterprise(query, subject);
        };
    }

    /** Firms for an institution with the defaults: no filter, firms it serves left out. */
    public static FloorStatement firmsForInstitution(String name) {
        return new FloorStatement("{ firmsForInstitution(name: \"%s\") { score } }".formatted(name),
                InstitutionMatchQueries.cypher("WHERE " + InstitutionMatchQueries.NOT_SERVED,
                        Enterprise.projection(List.of())),
                Map.of("name", name, "limit", LIMIT));
    }

    public static FloorStatement pledgeCandidatesForFunder(String name) {
        return new FloorStatement("{ pledgeCandidatesForFunder(name: \"%s\") { score } }".formatted(name),
                PledgeQueries.cypher("", Set.of()), PledgeQueries.parameters(name, LIMIT));
    }
}
