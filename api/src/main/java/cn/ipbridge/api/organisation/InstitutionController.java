package cn.ipbridge.api.organisation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.system.BoundedArgument;
import cn.ipbridge.api.organisation.ServiceLink.ServedEnterprise;
import cn.ipbridge.api.system.ArgumentBatchLoader;
import cn.ipbridge.api.system.ArgumentBatchLoader.Key;
import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.api.taxonomy.IpcClass;
import cn.ipbridge.graph.model.InstitutionType;
import cn.ipbridge.graph.taxonomy.District;
import cn.ipbridge.graph.taxonomy.ShanghaiDistricts;

/** Resolves {@code institutions} and the fields of {@code Institution}. */
@Controller
class InstitutionController {

    static final int MAX_FIRST = 500;

    private final OrganisationQueries queries;

    InstitutionController(OrganisationQueries queries, BatchLoaderRegistry registry) {
        this.queries = queries;
        ArgumentBatchLoader.register(registry, "servedEnterprises", queries::servedEnterprises);
    }

    @QueryMapping
    List<Institution> institutions(@Argument InstitutionType type, @Argument String district,
                                   @Argument Integer first) {
        return queries.institutions(type, districtCode(district), limit("first", first));
    }

    @BatchMapping
    List<List<IpcClass>> ipcSpecialities(List<Institution> institutions) {
        Map<String, List<IpcClass>> byName = queries.ipcSpecialities(names(institutions));
        return institutions.stream().map(i -> byName.get(i.name())).toList();
    }

    @SchemaMapping
    CompletableFuture<List<ServedEnterprise>> servedEnterprises(
            Institution institution, @Argument Integer first,
            DataLoader<Key<Integer>, List<ServedEnterprise>> servedEnterprises) {
        return servedEnterprises.load(new Key<>(institution.name(), limit("first", first)));
    }

    @BatchMapping
    List<Long> servedCount(List<Institution> institutions) {
        Map<String, Long> counts = queries.servedCounts(names(institutions));
        return institutions.stream().map(i -> counts.get(i.name())).toList();
    }

    static int limit(String argument, Integer first) {
        return BoundedArgument.of(argument, first, 100, 0, MAX_FIRST);
    }

    private static String districtCode(String district) {
        if (district == null || district.isBlank()) {
            return null;
        }
        return ShanghaiDistricts.all().stream()
                .filter(d -> d.adcode().equals(district.trim()) || d.name().equals(district.trim()))
                .map(District::adcode).findFirst()
                .orElseThrow(() -> new BadArgumentException("district",
                        "no Shanghai district with code or name " + district));
    }

    private static List<String> names(List<Institution> institutions) {
        return institutions.stream().map(Institution::name).distinct().toList();
    }
}
