package cn.ipbridge.graph.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.ipbridge.graph.model.FunderType;
import cn.ipbridge.graph.write.ImportEntity;
import cn.ipbridge.graph.write.ImportLink;
import cn.ipbridge.graph.write.LinkTarget;

/** Funders (banks, insurers, guarantors, investors, government funds) with their products and preferences, by name. */
public final class FunderRows implements RowParser {

    private static final List<Column> COLUMNS = List.of(
            Column.required("name", "机构名称", "金融机构", "名称", "funder", "name"),
            Column.required("type", "机构类型", "类型", "funder_type", "type"),
            Column.optional("products", "产品", "金融产品", "服务产品", "products"),
            Column.optional("allianceMember", "联盟成员", "是否联盟成员", "alliance_member"),
            Column.optional("preferredIndustries", "偏好行业", "重点支持行业", "支持领域", "preferred_industries"),
            Column.optional("ticketMin", "最低额度(万元)", "最低额度", "ticket_min"),
            Column.optional("ticketMax", "最高额度(万元)", "最高额度", "ticket_max"),
            Column.optional("source", "来源", "来源网址", "source_url"));

    static final Map<String, FunderType> TYPES = KnownNodes.words("银行", FunderType.BANK, "bank", FunderType.BANK,
            "保险", FunderType.INSURER, "insurer", FunderType.INSURER, "担保", FunderType.GUARANTOR,
            "guarantor", FunderType.GUARANTOR, "政府", FunderType.GOVERNMENT_FUND, "引导基金", FunderType.GOVERNMENT_FUND,
            "government", FunderType.GOVERNMENT_FUND, "投资", FunderType.INVESTOR, "创投", FunderType.INVESTOR,
            "基金", FunderType.INVESTOR, "investor", FunderType.INVESTOR);

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public List<ImportedRow> parse(RowValues row) {
        String name = row.required("name");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", row.parse("type", row.required("type"), v -> EnumText.parse(v, FunderType.class, TYPES)));
        if (row.has("products")) {
            p.put("products", row.list("products"));
        }
        if (row.has("allianceMember")) {
            p.put("allianceMember", TrademarkRows.yesNo(row, "allianceMember"));
        }
        Integer min = row.has("ticketMin") ? row.integer("ticketMin") : null;
        Integer max = row.has("ticketMax") ? row.integer("ticketMax") : null;
        if (min != null && max != null && min > max) {
            throw row.reject("ticketMin", "the smallest deal (" + min + ") is above the largest (" + max + ")");
        }
        if (row.has("ticketMin")) {
            p.put("ticketMin", min);
        }
        if (row.has("ticketMax")) {
            p.put("ticketMax", max);
        }
        if (row.has("source")) {
            p.put("source", row.text("source"));
        }
        List<ImportLink> links = new ArrayList<>();
        for (String industry : row.list("preferredIndustries")) {
            links.addAll(ImportLink.ifPresent(LinkTarget.PREFERRED_INDUSTRY,
                    row.parse("preferredIndustries", industry, IndustryText::code)));
        }
        return List.of(ImportedRow.of(ImportEntity.FUNDERS, name, p, links,
                row.has("preferredIndustries") ? Set.of(LinkTarget.PREFERRED_INDUSTRY) : Set.of()));
    }
}
