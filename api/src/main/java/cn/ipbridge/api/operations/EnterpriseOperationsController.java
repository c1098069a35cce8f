package cn.ipbridge.api.operations;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.security.RowScope;

/**
 * Resolves the firm's recorded work on {@code Enterprise}: {@code officers}, {@code visits},
 * {@code financingDeals} and {@code serviceCases}, each one statement for all the firms of a level.
 */
@Controller
class EnterpriseOperationsController {

    private final EnterpriseOperationsQueries queries;

    EnterpriseOperationsController(EnterpriseOperationsQueries queries) {
        this.queries = queries;
    }

    @BatchMapping(typeName = "Enterprise")
    List<List<Map<String, Object>>> officers(List<Enterprise> enterprises) {
        return each(enterprises, queries::officers);
    }

    @BatchMapping(typeName = "Enterprise")
    List<List<Map<String, Object>>> visits(List<Enterprise> enterprises) {
        return each(enterprises, queries::visits);
    }

    @BatchMapping(typeName = "Enterprise")
    List<List<Map<String, Object>>> financingDeals(List<Enterprise> enterprises) {
        return each(enterprises, queries::deals);
    }

    @BatchMapping(typeName = "Enterprise")
    List<List<Map<String, Object>>> serviceCases(List<Enterprise> enterprises) {
        return each(enterprises, queries::cases);
    }

    private static List<List<Map<String, Object>>> each(List<Enterprise> enterprises,
            BiFunction<List<String>, RowScope, Map<String, List<Map<String, Object>>>> read) {
        Map<String, List<Map<String, Object>>> byUscc = read.apply(
                enterprises.stream().map(Enterprise::uscc).distinct().toList(), RowScope.current());
        return enterprises.stream().map(e -> byUscc.getOrDefault(e.uscc(), List.of())).toList();
    }
}
