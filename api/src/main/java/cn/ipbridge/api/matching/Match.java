package cn.ipbridge.api.matching;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import cn.ipbridge.api.explore.Subgraph;
import cn.ipbridge.api.valuation.Factor;
import cn.ipbridge.api.valuation.Score;

/** A candidate with its score in [0, 1], the factors that made it and the graph paths that explain it. */
record Match<T>(T candidate, double score, List<Factor> factors, Subgraph explanation) {

    /** A scored candidate; its explanation is drawn only if it is among the matches returned. */
    record Scored<T>(T candidate, Score score, double value, Supplier<Subgraph> explanation) {

        Match<T> match() {
            return new Match<>(candidate, value, score.factors(), explanation.get());
        }
    }

    static <T> Scored<T> of(T candidate, Score score, Supplier<Subgraph> explanation) {
        return new Scored<>(candidate, score, score.value(), explanation);
    }

    /** Best first; ties keep the order the query gave (by key), so results are stable. */
    static <T> List<Match<T>> best(List<Scored<T>> scored, int first) {
        return scored.stream().sorted(Comparator.comparingDouble((Scored<T> s) -> s.value()).reversed())
                .limit(first).map(Scored::match).toList();
    }
}
