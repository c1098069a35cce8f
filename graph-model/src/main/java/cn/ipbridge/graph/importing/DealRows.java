package cn.ipbridge.graph.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.ipbridge.graph.identifier.ApplicationNumber;
import cn.ipbridge.graph.model.DealKind;
import cn.ipbridge.graph.write.ImportEntity;
import cn.ipbridge.graph.write.ImportLink;
import cn.ipbridge.graph.write.LinkTarget;

/**
 * Financing deals (IP pledges, IP insurance, guarantees, equity), keyed by the deal's id: which funder, which firm,
 * how much (10,000 yuan), when, and the patents and trademarks that secure it. Funder and firm must be in the graph.
 */
public final class DealRows implements RowParser {

    private static final List<Column> COLUMNS = List.of(
            Column.required("id", "业务编号", "合同编号", "编号", "deal_id", "id"),
            Column.required("funder", "金融机构", "资金方", "出资方", "贷款银行", "funder"),
            Column.required("enterpriseUscc", "企业统一社会信用代码", "统一社会信用代码", "信用代码", "enterprise_uscc"),
            Column.optional("amount", "金额(万元)", "融资金额(万元)", "融资金额", "金额", "amount"),
            Column.optional("date", "放款日期", "签约日期", "登记日期", "日期", "date"),
            Column.required("kind", "业务类型", "融资方式", "类型", "kind"),
            Column.optional("pledgedPatents", "质押专利", "质押专利号", "质押专利申请号", "pledged_patents"),
            Column.optional("pledgedTrademarks", "质押商标", "质押商标注册号", "pledged_trademarks"));

    private static final Map<String, DealKind> KINDS = KnownNodes.words("质押", DealKind.IP_PLEDGE,
            "pledge", DealKind.IP_PLEDGE, "保险", DealKind.IP_INSURANCE, "insurance", DealKind.IP_INSURANCE,
            "证券化", DealKind.SECURITISATION, "securiti", DealKind.SECURITISATION, "担保", DealKind.GUARANTEE,
            "guarantee", DealKind.GUARANTEE, "股权", DealKind.EQUITY, "投资", DealKind.EQUITY, "equity", DealKind.EQUITY);

    private final KnownNodes funders;

    DealRows(KnownNodes funders) {
        this.funders = funders;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public List<ImportedRow> parse(RowValues row) {
        String id = row.required("id");
        String funder = funders.node(row, "funder");
        String uscc = funders.enterprise(row, "enterpriseUscc", row.required("enterpriseUscc"));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kind", row.parse("kind", row.required("kind"), v -> EnumText.parse(v, DealKind.class, KINDS)));
        if (row.has("amount")) {
            p.put("amount", amount(row));
        }
        if (row.has("date")) {
            p.put("date", row.date("date"));
        }
        List<ImportLink> links = new ArrayList<>(ImportLink.ifPresent(LinkTarget.DEAL_FUNDER, funder));
        links.addAll(ImportLink.ifPresent(LinkTarget.DEAL_ENTERPRISE, uscc));
        for (String number : row.list("pledgedPatents")) {
            links.addAll(ImportLink.ifPresent(LinkTarget.PLEDGED_PATENT,
                    row.parse("pledgedPatents", number, v -> ApplicationNumber.parse(v).normalised())));
        }
        for (String number : row.list("pledgedTrademarks")) {
            if (!number.matches("\\d{1,10}")) {
                throw row.reject("pledgedTrademarks", "not a trademark registration number: '" + number + "'");
            }
            links.addAll(ImportLink.ifPresent(LinkTarget.PLEDGED_TRADEMARK, number));
        }
        return List.of(ImportedRow.of(ImportEntity.DEALS, id, p, links));
    }

    private static Double amount(RowValues row) {
        String text = row.text("amount");
        if (text == null) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(text.replace(",", "").replace("万元", "").replace("万", "").strip());
            if (amount.signum() < 0) {
                throw row.reject("amount", "must not be negative: " + text);
            }
            return amount.doubleValue();
        } catch (NumberFormatException e) {
            throw row.reject("amount", "not an amount in 10,000 yuan: '" + text + "'");
        }
    }
}
