package cn.ipbridge.api.valuation;

import java.util.ArrayList;
import java.util.List;

/**
 * A weighted mean of factors in [0, 1], kept with its factors so the result explains itself. Matchmaking and
 * patent value both score this way.
 */
public final class Score {

    private final List<double[]> parts = new ArrayList<>();
    private final List<String[]> labels = new ArrayList<>();

    public Score add(String name, double weight, double value, String detail) {
        parts.add(new double[] {weight, clamp(value)});
        labels.add(new String[] {name, detail});
        return this;
    }

    public double value() {
        double weights = parts.stream().mapToDouble(p -> p[0]).sum();
        return weights <= 0 ? 0 : parts.stream().mapToDouble(p -> p[0] * p[1]).sum() / weights;
    }

    public List<Factor> factors() {
        double weights = parts.stream().mapToDouble(p -> p[0]).sum();
        List<Factor> factors = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            double[] p = parts.get(i);
            factors.add(new Factor(labels.get(i)[0], p[0], p[1], weights <= 0 ? 0 : p[0] * p[1] / weights,
                    labels.get(i)[1]));
        }
        return factors;
    }

    public static double clamp(double value) {
        return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
    }
}
