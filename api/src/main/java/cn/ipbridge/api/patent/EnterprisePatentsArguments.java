package cn.ipbridge.api.patent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.ipbridge.api.system.BoundedArgument;
import cn.ipbridge.graph.model.LegalStatus;
import cn.ipbridge.graph.model.PatentType;

/**
 * The arguments of {@code Enterprise.patents} and {@code Enterprise.patentCount}. Enterprises in one request that
 * share the same arguments are loaded together, so a list of firms with their patents is one query.
 */
record EnterprisePatentsArguments(int first, PatentType type, List<LegalStatus> legalStatuses) {

    static final int MAX_FIRST = 200;

    static EnterprisePatentsArguments of(Integer first, PatentType type, List<LegalStatus> legalStatuses) {
        int n = BoundedArgument.of("first", first, 20, 0, MAX_FIRST);
        return new EnterprisePatentsArguments(n, type, legalStatuses == null ? null : List.copyOf(legalStatuses));
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("type", type == null ? null : type.name());
        parameters.put("legalStatuses", legalStatuses == null ? null : legalStatuses.stream().map(Enum::name).toList());
        return parameters;
    }
}
