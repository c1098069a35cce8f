package cn.ipbridge.api.matching;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import cn.ipbridge.api.explore.NodeId;
import cn.ipbridge.api.explore.Subgraph;

/**
 * Technology fit of a firm's fields with another party's fields: the mean, over the firm's patents, of the
 * closeness of each patent's main class to the nearest of the other's fields. 1 when every patent sits in one of
 * the other's subgroups; 0 when none shares even a section.
 */
record TechnologyFit(double value, List<IpcProximity.Pair> pairs) {

    static TechnologyFit of(IpcProximity proximity, List<IpcField> own, List<IpcField> others) {
        return of(proximity, own, IpcProximity.reach(others));
    }

    /** As {@link #of(IpcProximity, List, List)}, with the other's fields indexed once for many candidates. */
    static TechnologyFit of(IpcProximity proximity, List<IpcField> own, IpcProximity.Reach reach) {
        int patents = own.stream().mapToInt(f -> Math.max(1, f.patents())).sum();
        if (patents == 0 || reach.isEmpty()) {
            return new TechnologyFit(0, List.of());
        }
        List<IpcProximity.Pair> pairs = own.stream().flatMap(f -> proximity.best(f, reach).stream())
                .sorted(Comparator.comparingDouble((IpcProximity.Pair p) -> p.shared().closeness()).reversed())
                .toList();
        double sum = pairs.stream()
                .mapToDouble(p -> p.shared().closeness() * Math.max(1, p.own().patents())).sum();
        return new TechnologyFit(sum / patents, pairs);
    }

    String detail() {
        if (pairs.isEmpty()) {
            return "no IPC field in common";
        }
        IpcProximity.Pair best = pairs.get(0);
        return String.format(Locale.ROOT, "%s and %s share %s (%s)", best.own().code(), best.other().code(),
                best.shared().ancestor().code(), best.shared().ancestor().level());
    }

    /**
     * Draws the closest pairs (at most {@code max}): firm <-APPLIED_BY- patent -CLASSIFIED_AS-> class -PARENT->
     * ... shared ancestor <-PARENT- ... speciality <-SPECIALIZES_IN- party.
     */
    void explain(Subgraph.Builder graph, NodeId firm, NodeId party, String partyRelationship, int max) {
        pairs.stream().limit(max).forEach(pair -> {
            String patent = pair.own().sample();
            String top = pair.shared().ancestor().code();
            if (patent != null) {
                NodeId p = NodeId.of("Patent", patent);
                graph.node(p, patent).edge(p, "APPLIED_BY", firm)
                        .edge(p, "CLASSIFIED_AS", climb(graph, pair.own(), top));
            }
            graph.edge(party, partyRelationship, climb(graph, pair.other(), top));
        });
    }

    /** Adds the chain from a field up to {@code top} and returns the field's own node. */
    private static NodeId climb(Subgraph.Builder graph, IpcField field, String top) {
        List<IpcField.Ancestor> chain = field.upTo(top);
        NodeId below = null;
        for (IpcField.Ancestor a : chain) {
            NodeId id = NodeId.of("IpcClass", a.code());
            graph.node(id, a.code() + " " + (a.title() == null ? "" : a.title()));
            if (below != null) {
                graph.edge(below, "PARENT", id);
            }
            below = id;
        }
        return NodeId.of("IpcClass", field.code());
    }
}
