package cn.ipbridge.graph.generator;

/**
 * How big a graph to generate. Everything other than enterprises and patents (officers, visits, events, deals,
 * cases, experts, trademarks, service links) is derived from the number of enterprises in proportion.
 */
public enum DatasetSize {

    /**
     * About 300 firms and 5,500 patents: written on the first start of an empty database, so it must take seconds.
     * Its portfolios are half the Shanghai mean: a cold first write costs about three times a warm one, and the
     * demo needs every shape of the data, not its volume.
     */
    DEMO(new GenerationPlan(300, 20)),
    /** About 15,000 firms and 620,000 patents: the scale of Shanghai's SRDI population with their portfolios. */
    SHANGHAI(new GenerationPlan(15_000, 38));

    private final GenerationPlan plan;

    DatasetSize(GenerationPlan plan) {
        this.plan = plan;
    }

    public GenerationPlan plan() {
        return plan;
    }
}
