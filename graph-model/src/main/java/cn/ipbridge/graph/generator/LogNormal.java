package cn.ipbridge.graph.generator;

import java.util.random.RandomGenerator;

/**
 * A log-normal distribution given by its median and the standard deviation of its logarithm. Firm sizes, portfolio
 * sizes and deal amounts are all like this: most values small, a long tail of large ones, the mean well above the
 * median (mean = median * exp(sigma^2 / 2)).
 */
record LogNormal(double median, double sigma) {

    /** The distribution with this sigma whose mean is the one given. */
    static LogNormal withMean(double mean, double sigma) {
        return new LogNormal(mean / Math.exp(sigma * sigma / 2), sigma);
    }

    double sample(RandomGenerator random) {
        return median * Math.exp(sigma * random.nextGaussian());
    }

    /** A sample rounded to a whole number and kept within [min, max]. */
    int sample(RandomGenerator random, int min, int max) {
        return (int) Math.max(min, Math.min(max, Math.round(sample(random))));
    }
}
