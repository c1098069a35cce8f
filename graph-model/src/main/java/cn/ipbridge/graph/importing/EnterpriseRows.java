package cn.ipbridge.graph.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.ipbridge.graph.identifier.CreditCode;
import cn.ipbridge.graph.write.ImportEntity;
import cn.ipbridge.graph.write.ImportLink;
import cn.ipbridge.graph.write.LinkTarget;

/**
 * SRDI enterprise lists (the office's Excel sheets): one firm per row, keyed by its credit code. Only the columns
 * a file has are written, so a list with name, code and level does not erase an address set by another file.
 */
public final class EnterpriseRows implements RowParser {

    private static final List<Column> COLUMNS = List.of(
            Column.required("uscc", "统一社会信用代码", "信用代码", "社会信用代码", "credit_code", "credit code"),
            Column.required("name", "企业名称", "名称", "公司名称", "单位名称", "company"),
            Column.optional("aliases", "曾用名", "别名", "former_names"),
            Column.optional("district", "所属区", "区", "所在区", "区县", "所属区县"),
            Column.optional("industry", "所属行业", "行业", "产业领域"),
            Column.optional("srdiLevel", "认定级别", "级别", "企业类别", "srdi_level"),
            Column.optional("srdiYear", "认定年份", "认定年度", "年份", "srdi_year"),
            Column.optional("address", "地址", "注册地址", "企业地址", "通讯地址"),
            Column.optional("founded", "成立日期", "成立时间", "注册日期", "founded_on"),
            Column.optional("employees", "员工人数", "从业人数", "职工人数"));

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public List<ImportedRow> parse(RowValues row) {
        String uscc = row.parse("uscc", row.required("uscc"), v -> CreditCode.parse(v).value());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", row.required("name"));
        if (row.has("aliases")) {
            p.put("aliases", row.list("aliases"));
        }
        if (row.has("srdiLevel")) {
            p.put("srdiLevel", row.parsed("srdiLevel", SrdiLevelText::parse));
        }
        if (row.has("srdiYear")) {
            Integer year = row.integer("srdiYear");
            if (year != null && (year < 1990 || year > 2100)) {
                throw row.reject("srdiYear", "not a plausible year: " + year);
            }
            p.put("srdiYear", year);
        }
        if (row.has("address")) {
            p.put("address", row.text("address"));
        }
        if (row.has("founded")) {
            p.put("founded", row.date("founded"));
        }
        if (row.has("employees")) {
            p.put("employees", row.integer("employees"));
        }
        List<ImportLink> links = new ArrayList<>(
                ImportLink.ifPresent(LinkTarget.DISTRICT, row.parsed("district", DistrictText::adcode)));
        links.addAll(ImportLink.ifPresent(LinkTarget.INDUSTRY, row.parsed("industry", IndustryText::code)));
        return List.of(ImportedRow.of(ImportEntity.ENTERPRISES, uscc, p, links));
    }
}
