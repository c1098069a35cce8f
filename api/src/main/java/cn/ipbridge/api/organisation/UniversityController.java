package cn.ipbridge.api.organisation;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Resolves {@code universities}; a university's counts are read with it. */
@Controller
class UniversityController {

    private final OrganisationQueries queries;

    UniversityController(OrganisationQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    List<University> universities(@Argument Integer first) {
        return queries.universities(InstitutionController.limit("first", first));
    }
}
