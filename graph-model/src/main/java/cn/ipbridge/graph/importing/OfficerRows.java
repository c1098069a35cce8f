package cn.ipbridge.graph.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.ipbridge.graph.write.ImportEntity;
import cn.ipbridge.graph.write.ImportLink;
import cn.ipbridge.graph.write.LinkTarget;

/** IP officers (知识产权特派员) by id, their district and the firms assigned to them (credit codes in one cell). */
public final class OfficerRows implements RowParser {

    private static final List<Column> COLUMNS = List.of(
            Column.required("id", "特派员编号", "工号", "编号", "officer_id", "id"),
            Column.required("name", "姓名", "特派员", "特派员姓名", "name"),
            Column.optional("district", "所属区", "区", "所在区", "district"),
            Column.optional("assigned", "负责企业", "服务企业", "联系企业", "企业统一社会信用代码", "assigned_usccs"));

    private final KnownNodes enterprises;

    OfficerRows(KnownNodes enterprises) {
        this.enterprises = enterprises;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public List<ImportedRow> parse(RowValues row) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", row.required("name"));
        List<ImportLink> links = new ArrayList<>(
                ImportLink.ifPresent(LinkTarget.DISTRICT, row.parsed("district", DistrictText::adcode)));
        for (String code : row.list("assigned")) {
            links.addAll(ImportLink.ifPresent(LinkTarget.ASSIGNED_ENTERPRISE, enterprises.enterprise(row, "assigned", code)));
        }
        return List.of(ImportedRow.of(ImportEntity.OFFICERS, row.required("id"), p, links,
                row.has("assigned") ? Set.of(LinkTarget.ASSIGNED_ENTERPRISE) : Set.of()));
    }
}
