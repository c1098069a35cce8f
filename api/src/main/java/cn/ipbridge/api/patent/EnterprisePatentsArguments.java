package cn.ipbridge.api.patent;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.ipbridge.api.system.BoundedArgument;
import cn.ipbridge.graph.model.LegalStatus;
import cn.ipbridge.graph.model.PatentType;

/**
 * The arguments of {@code Enterprise.patents} and {@code Enterprise.patentCount}, and the patent fields the request
 * selects. Enterprises in one request that share them are loaded together, so a list of firms with their patents
 * is one query, which reads only the properties asked for.
 */
record EnterprisePatentsArguments(int first, PatentType type, List<LegalStatus> legalStatuses, List<String> fields) {

    static final int MAX_FIRST = 200;

    static EnterprisePatentsArguments of(Integer first, PatentType type, List<LegalStatus> legalStatuses,
                                         Collection<String> fields) {
        int n = BoundedArgument.of("first", first, 20, 0, MAX_FIRST);
        return new EnterprisePatentsArguments(n, type, legalStatuses == null ? null : List.copyOf(legalStatuses),
                fields.stream().distinct().sorted().toList());
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("type", type == null ? null : type.name());
        parameters.put("legalStatuses", legalStatuses == null ? null : legalStatuses.stream().map(Enum::name).toList());
        return parameters;
    }
}
