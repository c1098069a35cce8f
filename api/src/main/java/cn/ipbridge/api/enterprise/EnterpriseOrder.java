package cn.ipbridge.api.enterprise;

import cn.ipbridge.api.system.SortDirection;

/** The {@code EnterpriseOrder} input. */
record EnterpriseOrder(Field field, SortDirection direction) {

    EnterpriseOrder {
        field = field == null ? Field.NAME : field;
        direction = direction == null ? SortDirection.ASC : direction;
    }

    static final EnterpriseOrder DEFAULT = new EnterpriseOrder(Field.NAME, SortDirection.ASC);

    /**
     * What enterprises can be ordered by, with the Cypher expression that computes the sort key. The patent counts
     * are the firm's derived profile (graph-model FirmProfileWriter, kept current by every import and checked at
     * start), so ordering by them reads one property a firm instead of counting its patents.
     */
    enum Field {
        NAME("e.name"),
        FOUNDED("e.founded"),
        SRDI_YEAR("e.srdiYear"),
        PATENT_COUNT("coalesce(e.patentCount, 0)"),
        GRANTED_INVENTION_COUNT("coalesce(e.grantedInventionCount, 0)");

        final String sortKey;

        Field(String sortKey) {
            this.sortKey = sortKey;
        }
    }
}
