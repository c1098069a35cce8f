package cn.ipbridge.api.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/**
 * Batch loading for nested fields that take arguments, which {@code @BatchMapping} cannot do. Keys are
 * (parent key, arguments); the keys of one request are grouped by their arguments and each group is loaded with
 * one query, so a page of parents with the same field arguments costs one round trip.
 */
public final class ArgumentBatchLoader {

    private ArgumentBatchLoader() {
    }

    /** A parent's key and the field's arguments (a record, so equal arguments group together). */
    public record Key<A>(String parent, A arguments) {
    }

    /** Loads the values of many parents that share one set of arguments; absent parents get no value. */
    @FunctionalInterface
    public interface Query<A, V> {
        Map<String, V> load(List<String> parents, A arguments);
    }

    public static <A, V> void register(BatchLoaderRegistry registry, String name, Query<A, V> query) {
        registry.<Key<A>, V>forName(name).registerMappedBatchLoader((keys, env) ->
                Mono.fromCallable(() -> load(keys, query)));
    }

    private static <A, V> Map<Key<A>, V> load(Set<Key<A>> keys, Query<A, V> query) {
        Map<Key<A>, V> result = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(Key::arguments)).forEach((arguments, group) -> {
            Map<String, V> byParent = query.load(group.stream().map(Key::parent).distinct().toList(), arguments);
            group.forEach(key -> result.put(key, byParent.get(key.parent())));
        });
        return result;
    }
}
