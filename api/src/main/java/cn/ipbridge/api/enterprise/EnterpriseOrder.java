package cn.ipbridge.api.enterprise;

import cn.ipbridge.api.system.SortDirection;

/** The {@code EnterpriseOrder} input. */
record EnterpriseOrder(Field field, SortDirection direction) {

    EnterpriseOrder {
        field = field == null ? Field.NAME : field;
        direction = direction == null ? SortDirection.ASC : direction;
    }

    static final EnterpriseOrder DEFAULT = new EnterpriseOrder(Field.NAME, SortDirection.ASC);

    /** What enterprises can be ordered by, with the Cypher expression that computes the sort key. */
    enum Field {
        NAME("e.name"),
        FOUNDED("e.founded"),
        SRDI_YEAR("e.srdiYear"),
        PATENT_COUNT("COUNT { (e)<-[:APPLIED_BY]-(:Patent) }"),
        GRANTED_INVENTION_COUNT(
                "COUNT { (e)<-[:APPLIED_BY]-(p:Patent) WHERE p.type = 'INVENTION' AND p.legalStatus = 'GRANTED' }");

        final String sortKey;

        Field(String sortKey) {
            this.sortKey = sortKey;
        }
    }
}
