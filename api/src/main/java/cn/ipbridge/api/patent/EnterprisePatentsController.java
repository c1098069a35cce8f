package cn.ipbridge.api.patent;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.system.ArgumentBatchLoader;
import cn.ipbridge.api.system.ArgumentBatchLoader.Key;
import cn.ipbridge.api.system.SelectedFields;
import cn.ipbridge.graph.model.LegalStatus;
import cn.ipbridge.graph.model.PatentType;

/**
 * Resolves {@code Enterprise.patents} and {@code Enterprise.patentCount}. They live here, not in the enterprise
 * feature, so that patents depend on enterprises and never the other way round.
 */
@Controller
class EnterprisePatentsController {

    EnterprisePatentsController(BatchLoaderRegistry registry, PatentQueries queries) {
        ArgumentBatchLoader.register(registry, "enterprisePatents", queries::ofEnterprises);
        ArgumentBatchLoader.register(registry, "enterprisePatentCounts", queries::countsOfEnterprises);
    }

    @SchemaMapping(typeName = "Enterprise")
    CompletableFuture<List<Patent>> patents(Enterprise enterprise, @Argument Integer first,
                                            @Argument PatentType type, @Argument List<LegalStatus> legalStatus,
                                            DataFetchingEnvironment env,
                                            DataLoader<Key<EnterprisePatentsArguments>, List<Patent>> enterprisePatents) {
        return enterprisePatents.load(new Key<>(enterprise.uscc(), EnterprisePatentsArguments.of(first, type,
                legalStatus, SelectedFields.of(env))));
    }

    /**
     * All patents, or granted inventions, are the counts of the firm's derived profile, read with the firm: no query.
     * Other filters are counted, a page of firms in one query.
     */
    @SchemaMapping(typeName = "Enterprise")
    CompletableFuture<Long> patentCount(Enterprise enterprise, @Argument PatentType type,
                                        @Argument List<LegalStatus> legalStatus,
                                        DataLoader<Key<EnterprisePatentsArguments>, Long> enterprisePatentCounts) {
        Integer derived = type == null && legalStatus == null ? enterprise.patentCount()
                : type == PatentType.INVENTION && List.of(LegalStatus.GRANTED).equals(legalStatus)
                ? enterprise.grantedInventionCount() : null;
        if (derived != null) {
            return CompletableFuture.completedFuture(derived.longValue());
        }
        return enterprisePatentCounts.load(new Key<>(enterprise.uscc(),
                EnterprisePatentsArguments.of(0, type, legalStatus, List.of())));
    }
}
