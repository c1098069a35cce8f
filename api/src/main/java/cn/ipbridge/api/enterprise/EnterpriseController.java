package cn.ipbridge.api.enterprise;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.security.RowScope;
import cn.ipbridge.api.system.Connection;
import cn.ipbridge.api.system.NotFoundException;
import cn.ipbridge.api.system.Page;
import cn.ipbridge.api.system.SelectedFields;
import cn.ipbridge.graph.identifier.CreditCode;

/** Resolves {@code enterprise}, {@code enterprises} and the fields of {@code Enterprise} owned by this feature. */
@Controller
class EnterpriseController {

    private final EnterpriseQueries queries;

    EnterpriseController(EnterpriseQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    Enterprise enterprise(@Argument String uscc) {
        String code = CreditCode.parse(uscc).value();
        Enterprise enterprise = queries.byUscc(code, RowScope.current());
        if (enterprise == null) {
            throw new NotFoundException("No enterprise with credit code " + code);
        }
        return enterprise;
    }

    @QueryMapping
    Connection<Enterprise> enterprises(@Argument EnterpriseFilter filter, @Argument EnterpriseOrder orderBy,
                                       @Argument Integer first, @Argument String after,
                                       DataFetchingEnvironment env) {
        return queries.page(EnterpriseFilterConditions.of(filter), RowScope.current(),
                orderBy == null ? EnterpriseOrder.DEFAULT : orderBy,
                Page.of(first, after), SelectedFields.any(env, "totalCount"),
                SelectedFields.under(env, "edges", "node"));
    }

    @BatchMapping
    List<List<Trademark>> trademarks(List<Enterprise> enterprises) {
        Map<String, List<Trademark>> trademarks = queries.trademarks(
                enterprises.stream().map(Enterprise::uscc).distinct().toList());
        return enterprises.stream().map(e -> trademarks.get(e.uscc())).toList();
    }
}
