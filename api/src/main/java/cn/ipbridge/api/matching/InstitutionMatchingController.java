package cn.ipbridge.api.matching;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.enterprise.EnterpriseFilter;
import cn.ipbridge.api.system.SelectedFields;

/** Resolves the matchmaking queries asked from an institution's or a funder's side. */
@Controller
class InstitutionMatchingController {

    private final InstitutionMatchmaker institutions;
    private final PledgeMatchmaker pledges;

    InstitutionMatchingController(InstitutionMatchmaker institutions, PledgeMatchmaker pledges) {
        this.institutions = institutions;
        this.pledges = pledges;
    }

    @QueryMapping
    List<Match<Enterprise>> firmsForInstitution(@Argument String name, @Argument EnterpriseFilter filter,
                                                @Argument Boolean includeServed, @Argument Integer first,
                                                DataFetchingEnvironment env) {
        return institutions.firms(name, filter, Boolean.TRUE.equals(includeServed), First.checked(first),
                SelectedFields.under(env, "candidate"));
    }

    @QueryMapping
    List<Match<PledgeCandidate>> pledgeCandidatesForFunder(@Argument String name, @Argument Integer first,
                                                           DataFetchingEnvironment env) {
        return pledges.candidates(name, First.checked(first), SelectedFields.under(env, "candidate", "patent"));
    }
}
