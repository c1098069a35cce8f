package cn.ipbridge.graph.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.ipbridge.graph.write.ImportEntity;
import cn.ipbridge.graph.write.ImportLink;
import cn.ipbridge.graph.write.LinkTarget;

/** Officers' visits to firms (走访记录) by id: who, where, when, what was found and referred. */
public final class VisitRows implements RowParser {

    private static final List<Column> COLUMNS = List.of(
            Column.required("id", "走访编号", "记录编号", "编号", "visit_id", "id"),
            Column.required("officer", "特派员编号", "走访人编号", "officer_id"),
            Column.required("enterpriseUscc", "企业统一社会信用代码", "统一社会信用代码", "信用代码", "enterprise_uscc"),
            Column.required("date", "走访日期", "日期", "date"),
            Column.optional("notes", "走访记录", "走访情况", "备注", "notes"),
            Column.optional("needs", "企业需求", "需求", "needs"),
            Column.optional("servicesReferred", "转介服务", "推荐服务", "对接服务", "services_referred"),
            Column.optional("followUpDate", "回访日期", "跟进日期", "follow_up_date"));

    private final KnownNodes officers;

    VisitRows(KnownNodes officers) {
        this.officers = officers;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public List<ImportedRow> parse(RowValues row) {
        String officer = officers.node(row, "officer");
        if (officer == null) {
            throw row.reject("officer", "must not be blank");
        }
        String uscc = officers.enterprise(row, "enterpriseUscc", row.required("enterpriseUscc"));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("date", row.date("date"));
        if (p.get("date") == null) {
            throw row.reject("date", "must not be blank");
        }
        if (row.has("notes")) {
            p.put("notes", row.text("notes"));
        }
        if (row.has("needs")) {
            p.put("needs", row.list("needs"));
        }
        if (row.has("servicesReferred")) {
            p.put("servicesReferred", row.list("servicesReferred"));
        }
        if (row.has("followUpDate")) {
            p.put("followUpDate", row.date("followUpDate"));
        }
        List<ImportLink> links = new ArrayList<>(ImportLink.ifPresent(LinkTarget.VISIT_OFFICER, officer));
        links.addAll(ImportLink.ifPresent(LinkTarget.VISITED_ENTERPRISE, uscc));
        return List.of(ImportedRow.of(ImportEntity.VISITS, row.required("id"), p, links));
    }
}
