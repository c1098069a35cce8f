package cn.ipbridge.api.patent;

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

    @BatchMapping
    List<Enterprise> enterprise(List<PatentApplicant> applicants) {
        Map<String, Enterprise> byUscc = enterprises.byUscc(
                applicants.stream().map(PatentApplicant::uscc).filter(Objects::nonNull).distinct().toList());
        return applicants.stream().map(a -> a.uscc() == null ? null : byUscc.get(a.uscc())).toList();
    }
}
