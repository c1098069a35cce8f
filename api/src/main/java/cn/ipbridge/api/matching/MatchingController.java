package cn.ipbridge.api.matching;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.security.RowScope;
import cn.ipbridge.api.matching.Candidates.ExpertRow;
import cn.ipbridge.api.matching.Candidates.OfficerRow;
import cn.ipbridge.api.matching.Candidates.PatentRow;
import cn.ipbridge.api.organisation.Funder;
import cn.ipbridge.api.organisation.Institution;
import cn.ipbridge.graph.identifier.CreditCode;

/** Resolves the matchmaking queries for a firm and {@code Enterprise.needs}. */
@Controller
class MatchingController {

    private final EnterpriseMatchmaker matchmaker;
    private final EnterpriseMatchQueries queries;
    private final MatchingSettings settings;

    MatchingController(EnterpriseMatchmaker matchmaker, EnterpriseMatchQueries queries, MatchingSettings settings) {
        this.matchmaker = matchmaker;
        this.queries = queries;
        this.settings = settings;
    }

    @QueryMapping
    List<Match<Institution>> institutionsForEnterprise(@Argument String uscc, @Argument Integer first,
                                                       @Argument Boolean includeServing) {
        return matchmaker.institutions(code(uscc), first(first), Boolean.TRUE.equals(includeServing));
    }

    @QueryMapping
    List<Match<Funder>> fundersForEnterprise(@Argument String uscc, @Argument Integer first) {
        return matchmaker.funders(code(uscc), first(first));
    }

    @QueryMapping
    List<Match<PatentRow>> patentsForEnterprise(@Argument String uscc, @Argument Integer first) {
        return matchmaker.patents(code(uscc), first(first));
    }

    @QueryMapping
    List<Match<ExpertRow>> expertsForEnterprise(@Argument String uscc, @Argument Integer first) {
        return matchmaker.experts(code(uscc), first(first));
    }

    @QueryMapping
    List<Match<OfficerRow>> officersForEnterprise(@Argument String uscc, @Argument Integer first) {
        return matchmaker.officers(code(uscc), first(first));
    }

    @BatchMapping(typeName = "Enterprise")
    List<List<Need>> needs(List<Enterprise> enterprises) {
        // A firm reached outside the caller's rows (say, through a patent's applicants) shows no needs: they are
        // derived from its cases, deals and disputes.
        Map<String, EnterpriseFacts> facts = queries.facts(enterprises.stream().map(Enterprise::uscc).distinct().toList(),
                RowScope.current());
        return enterprises.stream().map(e -> facts.containsKey(e.uscc())
                ? facts.get(e.uscc()).needs(settings.lapsedPatents()) : List.<Need>of()).toList();
    }

    private static String code(String uscc) {
        return CreditCode.parse(uscc).value();
    }

    private static int first(Integer first) {
        return First.checked(first);
    }
}
