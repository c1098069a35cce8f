package cn.ipbridge.api.taxonomy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.graph.identifier.IpcSymbol;

/** Resolves {@code ipcClass} and the fields of {@code IpcClass}. */
@Controller
class IpcClassController {

    private final TaxonomyQueries queries;

    IpcClassController(TaxonomyQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    IpcClass ipcClass(@Argument String code) {
        return queries.ipcClass(IpcSymbol.parse(code).compact());
    }

    /** Returns a map, not a list: a section has no entry and so no parent. */
    @BatchMapping
    Map<IpcClass, IpcClass> parent(List<IpcClass> classes) {
        Map<String, IpcClass> parents = queries.parents(codes(classes));
        Map<IpcClass, IpcClass> result = new HashMap<>();
        classes.stream().filter(c -> parents.containsKey(c.code())).forEach(c -> result.put(c, parents.get(c.code())));
        return result;
    }

    @BatchMapping
    List<List<IpcClass>> children(List<IpcClass> classes) {
        Map<String, List<IpcClass>> children = queries.children(codes(classes));
        return classes.stream().map(c -> children.get(c.code())).toList();
    }

    @BatchMapping
    List<List<IpcClass>> ancestors(List<IpcClass> classes) {
        Map<String, List<IpcClass>> ancestors = queries.ancestors(codes(classes));
        return classes.stream().map(c -> ancestors.get(c.code())).toList();
    }

    @BatchMapping
    List<Long> patentCount(List<IpcClass> classes) {
        Map<String, Long> counts = queries.patentCounts(codes(classes));
        return classes.stream().map(c -> counts.get(c.code())).toList();
    }

    private static List<String> codes(List<IpcClass> classes) {
        return classes.stream().map(IpcClass::code).distinct().toList();
    }
}
