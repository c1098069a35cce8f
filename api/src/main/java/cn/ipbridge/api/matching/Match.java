package cn.ipbridge.api.matching;

import java.util.Comparator;
import java.util.List;

import cn.ipbridge.api.explore.Subgraph;
import cn.ipbridge.api.valuation.Factor;
import cn.ipbridge.api.valuation.Score;

/** A candidate with its score in [0, 1], the factors that made it and the graph paths that explain it. */
record Match<T>(T candidate, double score, List<Factor> factors, Subgraph explanation) {

    static <T> Match<T> of(T candidate, Score score, Subgraph explanation) {
        return new Match<>(candidate, score.value(), score.factors(), explanation);
    }

    /** Best first; ties keep the order the query gave (by key), so results are stable. */
    static <T> List<Match<T>> best(List<Match<T>> matches, int first) {
        return matches.stream().sorted(Comparator.comparingDouble((Match<T> m) -> m.score()).reversed())
                .limit(first).toList();
    }
}
