package cn.ipbridge.graph.generator;

/**
 * The two numbers a generated graph is sized by.
 *
 * @param enterprises          how many SRDI firms
 * @param meanPatentsPerFirm   the mean of the firms' (log-normal) portfolio sizes; universities add about 8% on top
 */
public record GenerationPlan(int enterprises, double meanPatentsPerFirm) {

    public GenerationPlan {
        if (enterprises < 1 || meanPatentsPerFirm <= 0) {
            throw new IllegalArgumentException("need at least one firm and a positive mean portfolio");
        }
    }

    /** The same plan with this many times the firms (at least 10), e.g. 0.1 for a quick test. */
    public GenerationPlan scaled(double factor) {
        return new GenerationPlan(Math.max(10, (int) Math.round(enterprises * factor)), meanPatentsPerFirm);
    }
}
