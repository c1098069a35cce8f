package cn.ipbridge.api.patent;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.system.Connection;
import cn.ipbridge.api.system.NotFoundException;
import cn.ipbridge.api.system.Page;
import cn.ipbridge.api.system.SelectedFields;
import cn.ipbridge.graph.identifier.ApplicationNumber;

/**
 * Resolves {@code patent}, {@code patents} and the fields of {@code Patent} but its classes
 * ({@link PatentIpcClassesFetcher}).
 */
@Controller
class PatentController {

    private final PatentQueries queries;

    PatentController(PatentQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    Patent patent(@Argument String number) {
        ApplicationNumber parsed = ApplicationNumber.parse(number);
        Patent patent = queries.byApplicationNumber(parsed.normalised());
        if (patent == null) {
            throw new NotFoundException("No patent with application number " + parsed.display());
        }
        return patent;
    }

    @QueryMapping
    Connection<Patent> patents(@Argument PatentFilter filter, @Argument PatentOrder orderBy,
                               @Argument Integer first, @Argument String after,
                               DataFetchingEnvironment env) {
        return queries.page(PatentFilterConditions.of(filter), orderBy == null ? PatentOrder.DEFAULT : orderBy,
                Page.of(first, after), SelectedFields.any(env, "totalCount"));
    }

    @SchemaMapping(field = "abstract")
    String abstractText(Patent patent) {
        return patent.abstractText();
    }

    @BatchMapping
    List<List<PatentApplicant>> applicants(List<Patent> patents) {
        return aligned(patents, queries.applicants(numbers(patents)));
    }

    @BatchMapping
    List<List<Patent>> citations(List<Patent> patents) {
        return aligned(patents, queries.citations(numbers(patents)));
    }

    @BatchMapping
    List<List<Patent>> citedBy(List<Patent> patents) {
        return aligned(patents, queries.citedBy(numbers(patents)));
    }

    private static List<String> numbers(List<Patent> patents) {
        return patents.stream().map(Patent::applicationNumber).distinct().toList();
    }

    private static <T> List<T> aligned(List<Patent> patents, Map<String, T> byNumber) {
        return patents.stream().map(p -> byNumber.get(p.applicationNumber())).toList();
    }
}
