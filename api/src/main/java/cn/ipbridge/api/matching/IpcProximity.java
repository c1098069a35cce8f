package cn.ipbridge.api.matching;

import java.util.List;
import java.util.Optional;

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
        // Plain loops over two chains of at most five ancestors: matchmaking calls this for every pair of a firm's
        // fields and a candidate's (tens of thousands of times a request), where sets and streams dominated.
        IpcField.Ancestor deepest = null;
        for (IpcField.Ancestor x : a.chain()) {
            if ((deepest == null || x.level().compareTo(deepest.level()) > 0) && contains(b.chain(), x.code())) {
                deepest = x;
            }
        }
        return deepest == null ? Optional.empty() : Optional.of(new Shared(deepest, weight(deepest.level())));
    }

    private static boolean contains(List<IpcField.Ancestor> chain, String code) {
        for (IpcField.Ancestor x : chain) {
            if (x.code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** The closest of {@code candidates} to {@code field} (the first of equally close ones). */
    Optional<Pair> best(IpcField field, List<IpcField> candidates) {
        Pair best = null;
        for (IpcField candidate : candidates) {
            Optional<Shared> shared = between(field, candidate);
            if (shared.isPresent() && (best == null || shared.get().closeness() > best.shared().closeness())) {
                best = new Pair(field, candidate, shared.get());
            }
        }
        return Optional.ofNullable(best);
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
