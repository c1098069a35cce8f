package cn.ipbridge.api.matching;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.ipbridge.graph.taxonomy.IpcLevel;

/**
 * How close two IPC codes are: the weight of the level of their deepest shared ancestor (same subgroup >
 * main group > subclass > class > section > nothing shared). A code under a speciality shares the speciality
 * itself, so an H01L specialist is as close to H01L21/02 as the subclass weight.
 */
record IpcProximity(MatchingSettings.Ipc weights) {

    /** The deepest ancestor two fields share and its closeness. */
    record Shared(IpcField.Ancestor ancestor, double closeness) {
    }

    Optional<Shared> between(IpcField a, IpcField b) {
        Set<String> other = b.chain().stream().map(IpcField.Ancestor::code).collect(Collectors.toSet());
        return a.chain().stream().filter(x -> other.contains(x.code()))
                .max(Comparator.comparing(IpcField.Ancestor::level))
                .map(x -> new Shared(x, weight(x.level())));
    }

    /** The closest of {@code candidates} to {@code field}. */
    Optional<Pair> best(IpcField field, List<IpcField> candidates) {
        return candidates.stream()
                .flatMap(c -> between(field, c).map(s -> new Pair(field, c, s)).stream())
                .max(Comparator.comparingDouble(p -> p.shared().closeness()));
    }

    record Pair(IpcField own, IpcField other, Shared shared) {
    }

    double weight(IpcLevel level) {
        return switch (level) {
            case SUBGROUP -> weights.subgroup();
            case MAIN_GROUP -> weights.mainGroup();
            case SUBCLASS -> weights.subclass();
            case CLASS -> weights.ipcClass();
            case SECTION -> weights.section();
        };
    }
}
