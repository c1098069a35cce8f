package cn.ipbridge.api.taxonomy;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Resolves {@code industries} and the fields of {@code Industry}. */
@Controller
class IndustryController {

    private final TaxonomyQueries queries;

    IndustryController(TaxonomyQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    List<Industry> industries() {
        return queries.industries();
    }

    @BatchMapping
    List<Long> enterpriseCount(List<Industry> industries) {
        Map<String, Long> counts = queries.enterpriseCountsByIndustry(codes(industries));
        return industries.stream().map(i -> counts.get(i.code())).toList();
    }

    @BatchMapping
    List<List<IpcClass>> ipcSubclasses(List<Industry> industries) {
        Map<String, List<IpcClass>> subclasses = queries.industrySubclasses(codes(industries));
        return industries.stream().map(i -> subclasses.get(i.code())).toList();
    }

    private static List<String> codes(List<Industry> industries) {
        return industries.stream().map(Industry::code).distinct().toList();
    }
}
