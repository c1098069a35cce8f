package cn.ipbridge.api.patent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.enterprise.EnterpriseQueries;

/** Resolves the fields of {@code PatentApplicant}. */
@Controller
class PatentApplicantController {

    private final EnterpriseQueries enterprises;

    PatentApplicantController(EnterpriseQueries enterprises) {
        this.enterprises = enterprises;
    }

    /** Returns a map, not a list: applicants that are not enterprises have no entry and resolve to null. */
    @BatchMapping
    Map<PatentApplicant, Enterprise> enterprise(List<PatentApplicant> applicants) {
        Map<String, Enterprise> byUscc = enterprises.byUscc(
                applicants.stream().map(PatentApplicant::uscc).filter(Objects::nonNull).distinct().toList());
        Map<PatentApplicant, Enterprise> result = new HashMap<>();
        applicants.stream().filter(a -> byUscc.containsKey(a.uscc()))
                .forEach(a -> result.put(a, byUscc.get(a.uscc())));
        return result;
    }
}
