package cn.ipbridge.api.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The closest of the {@code candidates} to {@code field} (the first of equally close ones), the candidates
     * indexed once ({@link #reach}) for many fields: a firm's hundreds of fields against each party's few, or an
     * offered patent's field against a firm's hundreds. A chain holds its
     * code's ancestors up to the section, so a candidate that reaches an ancestor of {@code field} reaches every
     * ancestor above it, and the weights do not grow towards the section (MatchingSettings.Ipc). Then the best
     * closeness is the weight of the deepest ancestor any candidate reaches, and the first candidate that is that
     * close is the first to reach the highest ancestor of that weight; only its own shared ancestor is then looked
     * up pair by pair. Equal, in result, to comparing {@code field} with every candidate (IpcProximityTests).
     */
    Optional<Pair> best(IpcField field, Reach candidates) {
        IpcField.Ancestor deepest = null;
        for (IpcField.Ancestor x : field.chain()) {
            if ((deepest == null || x.level().compareTo(deepest.level()) > 0) && candidates.reaches(x.code())) {
                deepest = x;
            }
        }
        if (deepest == null) {
            return Optional.empty();
        }
        double closest = weight(deepest.level());
        IpcField.Ancestor highest = deepest;
        for (IpcField.Ancestor x : field.chain()) {
            if (x.level().compareTo(highest.level()) < 0 && weight(x.level()) == closest) {
                highest = x;
            }
        }
        IpcField other = candidates.firstReaching(highest.code());
        return between(field, other).map(shared -> new Pair(field, other, shared));
    }

    /** Which of {@code candidates} first reaches each code of their chains. */
    static Reach reach(List<IpcField> candidates) {
        Map<String, IpcField> first = new HashMap<>();
        for (IpcField candidate : candidates) {
            for (IpcField.Ancestor x : candidate.chain()) {
                first.putIfAbsent(x.code(), candidate);
            }
        }
        return new Reach(first);
    }

    /** Candidates' fields by every code of their chains, the first candidate (in order) for each. */
    static final class Reach {

        private final Map<String, IpcField> first;

        private Reach(Map<String, IpcField> first) {
            this.first = first;
        }

        boolean isEmpty() {
            return first.isEmpty();
        }

        boolean reaches(String code) {
            return first.containsKey(code);
        }

        IpcField firstReaching(String code) {
            return first.get(code);
        }
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
