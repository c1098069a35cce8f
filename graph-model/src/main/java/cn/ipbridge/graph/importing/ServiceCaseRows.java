package cn.ipbridge.graph.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.ipbridge.graph.model.ServiceCaseKind;
import cn.ipbridge.graph.write.ImportEntity;
import cn.ipbridge.graph.write.ImportLink;
import cn.ipbridge.graph.write.LinkTarget;

/** Service cases (priority examination, pre-examination, rights assistance, disputes, consultations) by id. */
public final class ServiceCaseRows implements RowParser {

    private static final List<Column> COLUMNS = List.of(
            Column.required("id", "案件编号", "服务编号", "编号", "case_id", "id"),
            Column.required("kind", "案件类型", "服务类型", "类型", "kind"),
            Column.required("enterpriseUscc", "企业统一社会信用代码", "统一社会信用代码", "信用代码", "enterprise_uscc"),
            Column.optional("institution", "承办机构", "服务机构", "办理机构", "institution"),
            Column.optional("opened", "受理日期", "立案日期", "开始日期", "opened"),
            Column.optional("closed", "结案日期", "办结日期", "closed"),
            Column.optional("outcome", "办理结果", "结果", "outcome"));

    private static final Map<String, ServiceCaseKind> KINDS = KnownNodes.words(
            "优先审查", ServiceCaseKind.PRIORITY_EXAMINATION, "priority", ServiceCaseKind.PRIORITY_EXAMINATION,
            "预审", ServiceCaseKind.FAST_PRE_EXAMINATION, "pre_exam", ServiceCaseKind.FAST_PRE_EXAMINATION,
            "海外", ServiceCaseKind.OVERSEAS_DISPUTE, "overseas", ServiceCaseKind.OVERSEAS_DISPUTE,
            "维权", ServiceCaseKind.RIGHTS_ASSISTANCE, "援助", ServiceCaseKind.RIGHTS_ASSISTANCE,
            "rights", ServiceCaseKind.RIGHTS_ASSISTANCE, "咨询", ServiceCaseKind.CONSULTATION,
            "consult", ServiceCaseKind.CONSULTATION);

    private final KnownNodes institutions;

    ServiceCaseRows(KnownNodes institutions) {
        this.institutions = institutions;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public List<ImportedRow> parse(RowValues row) {
        String uscc = institutions.enterprise(row, "enterpriseUscc", row.required("enterpriseUscc"));
        String institution = institutions.node(row, "institution");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kind", row.parse("kind", row.required("kind"), v -> EnumText.parse(v, ServiceCaseKind.class, KINDS)));
        LocalDate opened = row.date("opened");
        LocalDate closed = row.date("closed");
        if (opened != null && closed != null && closed.isBefore(opened)) {
            throw row.reject("closed", "closed " + closed + " before it was opened " + opened);
        }
        if (row.has("opened")) {
            p.put("opened", opened);
        }
        if (row.has("closed")) {
            p.put("closed", closed);
        }
        if (row.has("outcome")) {
            p.put("outcome", row.text("outcome"));
        }
        List<ImportLink> links = new ArrayList<>(ImportLink.ifPresent(LinkTarget.CASE_ENTERPRISE, uscc));
        links.addAll(ImportLink.ifPresent(LinkTarget.CASE_INSTITUTION, institution));
        return List.of(ImportedRow.of(ImportEntity.SERVICE_CASES, row.required("id"), p, links));
    }
}
