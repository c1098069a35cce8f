package cn.ipbridge.api.patent;

import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.api.system.Conditions;
import cn.ipbridge.api.system.FullTextQuery;
import cn.ipbridge.graph.identifier.CreditCode;
import cn.ipbridge.graph.identifier.IpcSymbol;
import cn.ipbridge.graph.taxonomy.IpcLevel;

/**
 * Checks a {@link PatentFilter} and turns it into Cypher: a first clause that finds candidate patents {@code p}
 * from the most selective condition (full-text index, the applicant, the IPC subtree, or all patents), then
 * predicates for the rest.
 */
record PatentFilterConditions(String start, Conditions conditions) {

    static PatentFilterConditions of(PatentFilter filter) {
        PatentFilter f = filter == null ? PatentFilter.NONE : filter;
        if (f.filedFrom() != null && f.filedTo() != null && f.filedFrom().isAfter(f.filedTo())) {
            throw new BadArgumentException("filter.filedFrom", "is after filter.filedTo");
        }
        String uscc = f.applicantUscc() == null ? null : CreditCode.parse(f.applicantUscc()).value();
        IpcSymbol ipc = f.ipc() == null || f.ipc().isBlank() ? null : IpcSymbol.parse(f.ipc());
        String text = f.text() == null ? null : FullTextQuery.of("filter.text", f.text());

        Conditions c = new Conditions()
                .when(f.types() == null ? null : f.types().stream().map(Enum::name).toList(), "types",
                        "p.type IN $types")
                .when(f.legalStatuses() == null ? null : f.legalStatuses().stream().map(Enum::name).toList(),
                        "legalStatuses", "p.legalStatus IN $legalStatuses")
                .when(f.filedFrom(), "filedFrom", "p.filingDate >= $filedFrom")
                .when(f.filedTo(), "filedTo", "p.filingDate <= $filedTo")
                .when(f.universityOwned(), "universityOwned",
                        "EXISTS { (p)-[:APPLIED_BY]->(:University) } = $universityOwned");
        String start;
        if (text != null) {
            start = "CALL db.index.fulltext.queryNodes('patent_fulltext', $text) YIELD node AS p";
            c.parameter("text", text);
            applicant(c, uscc);
            ipcPredicate(c, ipc);
        } else if (uscc != null) {
            start = "MATCH (:Enterprise {uscc: $applicantUscc})<-[:APPLIED_BY]-(p:Patent)";
            c.parameter("applicantUscc", uscc);
            ipcPredicate(c, ipc);
        } else if (ipc != null) {
            start = ipc.level() == IpcLevel.SUBGROUP
                    ? "MATCH (:IpcClass {code: $ipc})<-[:CLASSIFIED_AS]-(p:Patent)"
                    : "MATCH (k:IpcClass) WHERE k.code STARTS WITH $ipc MATCH (k)<-[:CLASSIFIED_AS]-(p:Patent) "
                      + "WITH DISTINCT p";
            c.parameter("ipc", prefix(ipc));
        } else {
            start = "MATCH (p:Patent)";
        }
        return new PatentFilterConditions(start, c);
    }

    private static void applicant(Conditions c, String uscc) {
        c.when(uscc, "applicantUscc", "EXISTS { (p)-[:APPLIED_BY]->(:Enterprise {uscc: $applicantUscc}) }");
    }

    private static void ipcPredicate(Conditions c, IpcSymbol ipc) {
        if (ipc != null) {
            c.when(prefix(ipc), "ipc", ipc.level() == IpcLevel.SUBGROUP
                    ? "EXISTS { (p)-[:CLASSIFIED_AS]->(:IpcClass {code: $ipc}) }"
                    : "EXISTS { (p)-[:CLASSIFIED_AS]->(k:IpcClass) WHERE k.code STARTS WITH $ipc }");
        }
    }

    /** The code prefix shared by a symbol and everything under it: H01M50/00 covers H01M50/… */
    private static String prefix(IpcSymbol ipc) {
        return switch (ipc.level()) {
            case MAIN_GROUP -> ipc.compact().substring(0, ipc.compact().indexOf('/') + 1);
            default -> ipc.compact();
        };
    }
}
