package cn.ipbridge.graph.generator;

import java.util.List;

import cn.ipbridge.graph.generator.Randomness.Part;
import cn.ipbridge.graph.model.SrdiLevel;

/**
 * How many patents each holder has. A firm's portfolio is log-normal with sigma 1.25, so the median is less than half
 * the mean, a few percent of firms have 0 or 1 patent and a few hold hundreds; the mean is scaled by level (little
 * giants x3, municipal SRDI x1.1, innovative SMEs x0.45, normalised so the overall mean is the plan's) and capped at
 * 2,000. Universities together hold {@value #UNIVERSITY_SHARE} of all patents, split by their weights.
 */
final class PortfolioSizes {

    static final double UNIVERSITY_SHARE = 0.08;
    private static final double SIGMA = 1.25;
    private static final int CAP = 2_000;
    /** The mean level multiplier over the 10/55/35 level mix, so multipliers keep the overall mean. */
    private static final double MEAN_MULTIPLIER = 0.10 * 3 + 0.55 * 1.1 + 0.35 * 0.45;

    private PortfolioSizes() {
    }

    /** Each firm's size from its own stream, so a firm's size does not depend on how many firms come before it. */
    static int[] ofFirms(List<Firm> firms, double meanPerFirm, Randomness randomness) {
        int[] sizes = new int[firms.size()];
        for (Firm firm : firms) {
            double mean = meanPerFirm * levelMultiplier(firm.level()) / MEAN_MULTIPLIER;
            sizes[firm.index()] = LogNormal.withMean(mean, SIGMA)
                    .sample(randomness.of(Part.PORTFOLIO_SIZES, firm.index()), 0, CAP);
        }
        return sizes;
    }

    /** The universities' sizes: their share of the total, split by weight with the largest-remainder rule. */
    static int[] ofUniversities(long firmPatents, List<PatentOwningUniversity> universities) {
        long total = Math.round(firmPatents * UNIVERSITY_SHARE / (1 - UNIVERSITY_SHARE));
        double weights = universities.stream().mapToDouble(PatentOwningUniversity::weight).sum();
        int[] sizes = new int[universities.size()];
        double[] remainders = new double[sizes.length];
        long given = 0;
        for (int i = 0; i < sizes.length; i++) {
            double exact = total * universities.get(i).weight() / weights;
            sizes[i] = (int) exact;
            remainders[i] = exact - sizes[i];
            given += sizes[i];
        }
        for (long left = total - given; left > 0; left--) {
            int largest = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[largest]) {
                    largest = i;
                }
            }
            sizes[largest]++;
            remainders[largest] = -1;
        }
        return sizes;
    }

    private static double levelMultiplier(SrdiLevel level) {
        return FirmTraits.byLevel(level, 3, 1.1, 0.45);
    }
}
