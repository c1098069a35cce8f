package cn.ipbridge.graph.generator;

import java.util.SplittableRandom;

/**
 * Independent random streams, one per part of the graph and, where a part is generated item by item, one per item.
 * Each stream is seeded from the generator's seed, the part's fixed id and the item's index through SplitMix64's
 * finaliser, so a part draws the same numbers however much the other parts draw, patents of firm 1234 are the same
 * whether they are generated in one pass or in chunks, and nothing is shared between threads.
 */
final class Randomness {

    /** The parts of the graph. Ids are fixed numbers, not ordinals, so adding a part changes no other stream. */
    enum Part {
        ENTERPRISES(1), COMPANY_NAMES(2), CREDIT_CODES(3), PORTFOLIO_SIZES(4), PORTFOLIOS(5), PATENT_DETAILS(6),
        CITATIONS(7), TRANSFERS(8), TRADEMARKS(9), INSTITUTIONS(10), FUNDERS(11), SERVICE_LINKS(12), OFFICERS(13),
        VISITS(14), EVENTS(15), DEALS(16), SERVICE_CASES(17), EXPERTS(18), REGISTRATIONS(19), BEST_CASES(20),
        NOTICES(21);

        private final long id;

        Part(long id) {
            this.id = id;
        }
    }

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long seed;

    Randomness(long seed) {
        this.seed = seed;
    }

    /** The stream of a part generated as a whole. */
    SplittableRandom of(Part part) {
        return new SplittableRandom(partSeed(part));
    }

    /** The stream of one item of a part, e.g. one firm's portfolio or one patent's details. */
    SplittableRandom of(Part part, long item) {
        return new SplittableRandom(mix(partSeed(part) + GOLDEN_GAMMA * (item + 1)));
    }

    private long partSeed(Part part) {
        return mix(seed ^ mix(part.id * GOLDEN_GAMMA));
    }

    /** SplitMix64's finaliser: spreads every input bit over every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
