package cn.ipbridge.api.search;

import java.util.Arrays;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.security.RowScope;
import cn.ipbridge.api.system.BoundedArgument;
import cn.ipbridge.api.system.FullTextQuery;
import cn.ipbridge.api.system.SelectedFields;

/** Resolves {@code search}. */
@Controller
class SearchController {

    static final int MAX_FIRST = 100;

    private final SearchQueries queries;

    SearchController(SearchQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    List<SearchHit> search(@Argument String text, @Argument List<SearchKind> kinds, @Argument Integer first,
                           DataFetchingEnvironment env) {
        int n = BoundedArgument.of("first", first, 20, 1, MAX_FIRST);
        List<SearchKind> chosen = kinds == null || kinds.isEmpty()
                ? Arrays.asList(SearchKind.values()) : kinds.stream().distinct().toList();
        boolean withNodes = SelectedFields.any(env, "enterprise", "patent", "ipcClass");
        return queries.search(FullTextQuery.of("text", text), chosen, n, RowScope.current(), withNodes);
    }
}
