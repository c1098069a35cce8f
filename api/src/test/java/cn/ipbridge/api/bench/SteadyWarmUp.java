package cn.ipbridge.api.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Load before timing until a target runs steady: rounds of the whole mix, until two rounds in a row answer no more
 * than 5 % more requests than the best round before them, or until the most rounds allowed. On two cores the API's
 * JIT compiler takes minutes of load to finish (full-text search at 16 clients went from 89 to about 1,200 requests a
 * second over its first five minutes on the shanghai store), while the floor's loop and Node.js warm in a round or
 * two; a fixed warm-up timed the API half compiled and the others warm. Noise does not end the warm-up early: a slow
 * round only counts as no gain, and it takes two.
 */
final class SteadyWarmUp {

    static final double GAIN = 0.05;
    private static final int FLAT_ROUNDS = 2;

    /** One round of the mix; answers the requests completed. */
    interface Round {
        long run() throws Exception;
    }

    /** The target's requests in each round, and whether the last rounds were flat (else the rounds ran out). */
    record Result(String target, List<Long> requests, boolean steady) {

        String describe() {
            return String.format(Locale.ROOT, "%s %d rounds (%s requests), %s", target, requests.size(),
                    requests.stream().map(n -> String.format(Locale.ROOT, "%,d", n)).collect(Collectors.joining(", ")),
                    steady ? "steady" : "still gaining when the rounds ran out");
        }
    }

    private SteadyWarmUp() {
    }

    /** Runs rounds until steady or {@code maxRounds}, telling each round's requests on standard error. */
    static Result run(String target, int maxRounds, Round round) throws Exception {
        List<Long> requests = new ArrayList<>();
        long best = -1;
        int flat = 0;
        while (requests.size() < maxRounds && flat < FLAT_ROUNDS) {
            long n = round.run();
            requests.add(n);
            System.err.printf(Locale.ROOT, "warm-up, %s, round %d: %,d requests%n", target, requests.size(), n);
            if (best >= 0 && n <= best * (1 + GAIN)) {
                flat++;
            } else {
                flat = 0;
            }
            best = Math.max(best, n);
        }
        return new Result(target, List.copyOf(requests), flat >= FLAT_ROUNDS);
    }
}
