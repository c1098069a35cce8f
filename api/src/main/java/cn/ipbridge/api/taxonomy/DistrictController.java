package cn.ipbridge.api.taxonomy;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Resolves {@code districts} and the fields of {@code District}. */
@Controller
class DistrictController {

    private final TaxonomyQueries queries;

    DistrictController(TaxonomyQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    List<District> districts() {
        return queries.districts();
    }

    @BatchMapping
    List<Long> enterpriseCount(List<District> districts) {
        Map<String, Long> counts = queries.enterpriseCountsByDistrict(
                districts.stream().map(District::adcode).distinct().toList());
        return districts.stream().map(d -> counts.get(d.adcode())).toList();
    }
}
