package cn.ipbridge.graph.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.ipbridge.graph.model.EventKind;
import cn.ipbridge.graph.write.ImportEntity;
import cn.ipbridge.graph.write.ImportLink;
import cn.ipbridge.graph.write.LinkTarget;

/**
 * Events (training, matchmaking, exhibitions, exchanges) by id, with their host institution and attendance: one
 * cell listing the firms' credit codes, each optionally with its headcount ({@code 91310115591693856A:3}).
 */
public final class EventRows implements RowParser {

    private static final List<Column> COLUMNS = List.of(
            Column.required("id", "活动编号", "编号", "event_id", "id"),
            Column.required("title", "活动名称", "名称", "标题", "title"),
            Column.required("kind", "活动类型", "类型", "kind"),
            Column.optional("date", "活动日期", "举办日期", "日期", "date"),
            Column.optional("district", "所属区", "举办区", "区", "district"),
            Column.optional("host", "主办单位", "承办单位", "主办机构", "host"),
            Column.optional("attendance", "参会企业", "参加企业", "参会企业信用代码", "attendance", "attendees"));

    private static final Map<String, EventKind> KINDS = KnownNodes.words("培训", EventKind.TRAINING,
            "讲座", EventKind.TRAINING, "training", EventKind.TRAINING, "对接", EventKind.MATCHMAKING,
            "撮合", EventKind.MATCHMAKING, "路演", EventKind.MATCHMAKING, "matchmaking", EventKind.MATCHMAKING,
            "展", EventKind.EXHIBITION, "exhibition", EventKind.EXHIBITION, "交流", EventKind.EXCHANGE,
            "沙龙", EventKind.EXCHANGE, "研讨", EventKind.EXCHANGE, "exchange", EventKind.EXCHANGE);

    private final KnownNodes hosts;

    EventRows(KnownNodes hosts) {
        this.hosts = hosts;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public List<ImportedRow> parse(RowValues row) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", row.required("title"));
        p.put("kind", row.parse("kind", row.required("kind"), v -> EnumText.parse(v, EventKind.class, KINDS)));
        if (row.has("date")) {
            p.put("date", row.date("date"));
        }
        List<ImportLink> links = new ArrayList<>(
                ImportLink.ifPresent(LinkTarget.DISTRICT, row.parsed("district", DistrictText::adcode)));
        links.addAll(ImportLink.ifPresent(LinkTarget.EVENT_HOST, hosts.node(row, "host")));
        for (String attendee : row.list("attendance")) {
            String[] parts = attendee.split("[:：]", 2);
            int headcount = 1;
            if (parts.length == 2) {
                try {
                    headcount = Integer.parseInt(parts[1].replace("人", "").strip());
                } catch (NumberFormatException e) {
                    throw row.reject("attendance", "not a headcount: '" + attendee + "' (write CREDITCODE:3)");
                }
                if (headcount < 1) {
                    throw row.reject("attendance", "a headcount is at least 1: '" + attendee + "'");
                }
            }
            String uscc = hosts.enterprise(row, "attendance", parts[0].strip());
            links.add(new ImportLink(LinkTarget.EVENT_ATTENDEE, uscc, Map.of("headcount", headcount)));
        }
        return List.of(ImportedRow.of(ImportEntity.EVENTS, row.required("id"), p, links,
                row.has("attendance") ? Set.of(LinkTarget.EVENT_ATTENDEE) : Set.of()));
    }
}
