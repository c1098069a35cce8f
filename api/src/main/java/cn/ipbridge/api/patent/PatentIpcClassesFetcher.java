package cn.ipbridge.api.patent;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import reactor.core.publisher.Mono;

import cn.ipbridge.api.taxonomy.IpcClass;

/**
 * Resolves {@code Patent.ipcClasses}: the classes read with the patent where its list selected them
 * ({@link PatentIpcClasses}), handed back as they are; the others through a loader keyed by application number, one
 * statement for every patent of a level. A {@code @BatchMapping} would send every patent through a loader, a future
 * and a context snapshot even when nothing is left to load, as for 50 firms with 20 patents each whose list selected
 * the classes. It is trivial to graphql-java and Spring (no per-field context snapshot, no deadline check): it hands
 * back what was read or queues a key, and the loader runs later with the request's context, which Spring's loader
 * registry carries itself.
 */
@Configuration(proxyBeanMethods = false)
class PatentIpcClassesFetcher implements TrivialDataFetcher<Object> {

    private static final String LOADER = "patentIpcClasses";

    PatentIpcClassesFetcher(BatchLoaderRegistry registry, PatentQueries queries) {
        registry.<String, List<IpcClass>>forName(LOADER).registerMappedBatchLoader((numbers, environment) ->
                Mono.fromCallable(() -> queries.ipcClasses(numbers)));
    }

    @Bean
    RuntimeWiringConfigurer patentIpcClassesWiring() {
        return wiring -> wiring.type("Patent", type -> type.dataFetcher("ipcClasses", this));
    }

    @Override
    public Object get(DataFetchingEnvironment environment) {
        Patent patent = environment.getSource();
        if (patent.ipcClasses() != null) {
            return patent.ipcClasses();
        }
        DataLoader<String, List<IpcClass>> loader = environment.getDataLoader(LOADER);
        CompletableFuture<List<IpcClass>> classes = loader.load(patent.applicationNumber());
        return classes.thenApply(c -> c == null ? List.of() : c);
    }
}
