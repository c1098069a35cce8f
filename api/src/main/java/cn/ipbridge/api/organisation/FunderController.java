package cn.ipbridge.api.organisation;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.taxonomy.Industry;
import cn.ipbridge.graph.model.FunderType;

/** Resolves {@code funders} and the fields of {@code Funder}. */
@Controller
class FunderController {

    private final OrganisationQueries queries;

    FunderController(OrganisationQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    List<Funder> funders(@Argument FunderType type, @Argument Integer first) {
        return queries.funders(type, InstitutionController.limit("first", first));
    }

    @BatchMapping
    List<List<Industry>> preferredIndustries(List<Funder> funders) {
        Map<String, List<Industry>> byName = queries.preferredIndustries(
                funders.stream().map(Funder::name).distinct().toList());
        return funders.stream().map(f -> byName.get(f.name())).toList();
    }
}
