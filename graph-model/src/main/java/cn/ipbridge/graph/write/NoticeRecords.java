package cn.ipbridge.graph.write;

import java.util.List;

import cn.ipbridge.graph.model.Notice;
import cn.ipbridge.graph.write.AuditedWrite.Check;
import cn.ipbridge.graph.write.AuditedWrite.Reference;

/** Publishes a notice: the {@code Notice} and a {@code REACHED {date}} link to every firm its targets match. */
public final class NoticeRecords {

    private static final String PUBLISH = """
            CREATE (n:Notice {id: $id, title: $title, kind: $kind, body: $body, published: $published,
                              industries: $industries, districts: $districts, srdiLevels: $srdiLevels,
                              ipSituations: $ipSituations})
            WITH n, $industries AS industries, $districts AS districts, $srdiLevels AS srdiLevels,
                 $ipSituations AS ipSituations
            CALL (n, industries, districts, srdiLevels, ipSituations) {
            """ + NoticeTargets.MATCHING_FIRMS + """
              CREATE (n)-[:REACHED {date: n.published}]->(e)
              RETURN count(e) AS reached
            }
            RETURN n {.*, reached: reached} AS record
            """;

    private final AuditedWrite audited;

    NoticeRecords(AuditedWrite audited) {
        this.audited = audited;
    }

    public Recorded publish(Notice notice, String actor) {
        String id = RecordIds.orNew(notice.id(), "NT");
        List<Check> checks = List.of(Reference.absent("id", "Notice", "id", id));
        var parameters = Row.of().put("id", id).put("title", notice.title()).put("kind", notice.kind())
                .put("body", notice.body()).put("published", notice.published())
                .put("industries", notice.industries()).put("districts", notice.districts())
                .put("srdiLevels", notice.srdiLevels()).put("ipSituations", notice.ipSituations()).map();
        return audited.run(actor, "Notice", id, checks, null, PUBLISH, parameters);
    }
}
