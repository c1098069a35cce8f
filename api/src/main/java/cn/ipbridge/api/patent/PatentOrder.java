package cn.ipbridge.api.patent;

import cn.ipbridge.api.system.SortDirection;

/** The {@code PatentOrder} input. */
record PatentOrder(Field field, SortDirection direction) {

    static final PatentOrder DEFAULT = new PatentOrder(Field.FILING_DATE, SortDirection.DESC);

    PatentOrder {
        field = field == null ? Field.FILING_DATE : field;
        direction = direction == null ? SortDirection.DESC : direction;
    }

    /** What patents can be ordered by, with the Cypher expression that computes the sort key. */
    enum Field {
        FILING_DATE("p.filingDate"),
        GRANT_DATE("p.grantDate"),
        CITED_BY_COUNT("COUNT { (p)<-[:CITES]-(:Patent) }"),
        APPLICATION_NUMBER("p.applicationNumber");

        final String sortKey;

        Field(String sortKey) {
            this.sortKey = sortKey;
        }
    }
}
