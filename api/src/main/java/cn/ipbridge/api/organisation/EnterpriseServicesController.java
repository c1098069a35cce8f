package cn.ipbridge.api.organisation;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.organisation.ServiceLink.Service;

/**
 * Resolves {@code Enterprise.servedBy}. It lives here so that organisations depend on enterprises and never the
 * other way round.
 */
@Controller
class EnterpriseServicesController {

    private final OrganisationQueries queries;

    EnterpriseServicesController(OrganisationQueries queries) {
        this.queries = queries;
    }

    @BatchMapping(typeName = "Enterprise")
    List<List<Service>> servedBy(List<Enterprise> enterprises) {
        Map<String, List<Service>> byUscc = queries.servedBy(
                enterprises.stream().map(Enterprise::uscc).distinct().toList());
        return enterprises.stream().map(e -> byUscc.get(e.uscc())).toList();
    }
}
