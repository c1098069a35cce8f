package cn.ipbridge.api.statistics;

/** The {@code EnterpriseMetric} enum: what firms can be ranked by, with the Cypher expression over {@code e}. */
enum EnterpriseMetric {

    PATENT_COUNT("COUNT { (e)<-[:APPLIED_BY]-(:Patent) }"),
    GRANTED_INVENTION_COUNT(
            "COUNT { (e)<-[:APPLIED_BY]-(p:Patent) WHERE p.type = 'INVENTION' AND p.legalStatus = 'GRANTED' }"),
    TRADEMARK_COUNT("COUNT { (e)-[:OWNS]->(:Trademark) }"),
    /** Sum of financing deal amounts, in 10,000 yuan. */
    FINANCING_AMOUNT("coalesce(reduce(s = 0.0, d IN [(e)<-[:TO]-(d:FinancingDeal) | d] | s + coalesce(d.amount, 0)), 0.0)"),
    SERVING_INSTITUTION_COUNT("COUNT { (e)<-[:SERVES]-(:Institution) }");

    final String expression;

    EnterpriseMetric(String expression) {
        this.expression = expression;
    }
}
