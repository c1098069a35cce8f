package cn.ipbridge.api.statistics;

/** The {@code EnterpriseMetric} enum: what firms can be ranked by, with the Cypher expression over {@code e}. */
enum EnterpriseMetric {

    // The patent counts are the firm's derived profile (graph-model FirmProfileWriter, kept current by every write
    // of patents), as for ordering the enterprise list: a city-wide ranking reads 15,000 properties, not 600,000
    // patents.
    PATENT_COUNT("coalesce(e.patentCount, 0)"),
    GRANTED_INVENTION_COUNT("coalesce(e.grantedInventionCount, 0)"),
    TRADEMARK_COUNT("COUNT { (e)-[:OWNS]->(:Trademark) }"),
    /** Sum of financing deal amounts, in 10,000 yuan. */
    FINANCING_AMOUNT("coalesce(reduce(s = 0.0, d IN [(e)<-[:TO]-(d:FinancingDeal) | d] | s + coalesce(d.amount, 0)), 0.0)"),
    SERVING_INSTITUTION_COUNT("COUNT { (e)<-[:SERVES]-(:Institution) }");

    final String expression;

    EnterpriseMetric(String expression) {
        this.expression = expression;
    }
}
