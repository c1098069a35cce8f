package cn.ipbridge.graph.importing;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.ipbridge.graph.model.FunderType;
import cn.ipbridge.graph.model.InstitutionType;
import cn.ipbridge.graph.write.ImportEntity;
import cn.ipbridge.graph.write.ImportLink;
import cn.ipbridge.graph.write.LinkTarget;

/**
 * Lists of universities, service institutions and funders (the office's designation notices). The type column
 * decides the node: {@code university}/高校 a University (also an Institution), a bank, insurer, guarantor or
 * investor a Funder, anything else an Institution; the designation text gives the institution's service types.
 */
public final class InstitutionRows implements RowParser {

    private static final List<Column> COLUMNS = List.of(
            Column.required("name", "名称", "机构名称", "单位名称"),
            Column.required("type", "机构类型", "类型", "institution_type"),
            Column.optional("designation", "认定", "资质", "称号"),
            Column.optional("year", "年份", "认定年份", "designated_year"),
            Column.optional("source", "来源", "来源网址", "source_url"),
            Column.optional("sourceNote", "来源说明", "备注", "source_note"),
            Column.optional("district", "所属区", "区", "所在区"));

    private static final Map<String, FunderType> FUNDER_TYPES = Map.of("bank", FunderType.BANK, "银行", FunderType.BANK,
            "insurer", FunderType.INSURER, "保险", FunderType.INSURER, "guarantor", FunderType.GUARANTOR,
            "担保", FunderType.GUARANTOR, "investor", FunderType.INVESTOR, "投资", FunderType.INVESTOR,
            "government_fund", FunderType.GOVERNMENT_FUND);

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public List<ImportedRow> parse(RowValues row) {
        String name = row.required("name");
        String type = row.required("type").toLowerCase(Locale.ROOT);
        String designation = row.text("designation");
        Integer year = row.integer("year");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("designation", designation);
        p.put("designatedYear", year);
        p.put("source", row.text("source"));
        p.put("sourceNote", row.text("sourceNote"));
        FunderType funder = FUNDER_TYPES.get(type);
        if (funder != null) {
            p.put("type", funder);
            return List.of(ImportedRow.of(ImportEntity.FUNDERS, name, p, List.of()));
        }
        p.put("types", types(type, designation));
        List<ImportLink> links = ImportLink.ifPresent(LinkTarget.DISTRICT, row.parsed("district", DistrictText::adcode));
        boolean university = type.equals("university") || type.equals("高校") || type.equals("大学");
        return List.of(ImportedRow.of(university ? ImportEntity.UNIVERSITIES : ImportEntity.INSTITUTIONS, name, p, links));
    }

    /** Service types named in the designation (by Chinese name or enum name) and implied by the type column. */
    private static List<InstitutionType> types(String type, String designation) {
        Set<InstitutionType> types = new LinkedHashSet<>();
        String text = designation == null ? "" : designation;
        for (InstitutionType t : InstitutionType.values()) {
            if (text.contains(t.nameZh()) || text.contains(t.name())) {
                types.add(t);
            }
        }
        if (text.contains("信息公共服务网点")) {
            types.add(InstitutionType.INFO_OUTLET);
        }
        if (text.contains("保护中心") || type.equals("ip_protection_centre")) {
            types.add(InstitutionType.PROTECTION_CENTRE);
        }
        if (type.equals("patent_agency")) {
            types.add(InstitutionType.PATENT_AGENCY);
        }
        return List.copyOf(types);
    }
}
