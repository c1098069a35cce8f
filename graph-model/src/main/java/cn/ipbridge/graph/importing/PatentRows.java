package cn.ipbridge.graph.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.ipbridge.graph.identifier.ApplicationNumber;
import cn.ipbridge.graph.identifier.CreditCode;
import cn.ipbridge.graph.identifier.PublicationNumber;
import cn.ipbridge.graph.model.PatentType;
import cn.ipbridge.graph.write.ImportWriter.Entity;

/**
 * Patent exports (CNIPA, incoPat, the office's own sheets): one patent per row with its applicants and IPC
 * symbols. The key is the application number; a file without one (older exports list only publication numbers)
 * gets the documented synthetic key {@code PN:} + publication number, e.g. {@code PN:CN1016566B}.
 */
public final class PatentRows implements RowParser {

    /** Prefix of the synthetic key of a patent known only by its publication number. */
    public static final String PUBLICATION_KEY_PREFIX = "PN:";

    private static final List<Column> COLUMNS = List.of(
            Column.optional("applicationNumber", "申请号", "专利申请号", "专利号", "application_no", "application number", "appno"),
            Column.optional("publicationNumber", "公开号", "公开(公告)号", "公告号", "公开公告号", "授权公告号", "publication_no", "publication number"),
            Column.required("title", "名称", "标题", "专利名称", "发明名称", "title_zh_en", "title_zh"),
            Column.optional("titleEn", "英文名称", "英文标题", "title_en"),
            Column.optional("abstract", "摘要", "abstract"),
            Column.required("applicants", "申请人", "专利权人", "申请(专利权)人", "申请人名称", "权利人", "applicant", "assignee"),
            Column.optional("applicantCreditCodes", "申请人统一社会信用代码", "申请人信用代码", "applicant_uscc"),
            Column.optional("filingDate", "申请日", "申请日期", "filing_date", "application_date"),
            Column.optional("grantDate", "授权日", "授权公告日", "授权日期", "grant_date"),
            Column.optional("mainIpc", "主分类号", "主IPC", "IPC主分类", "main_ipc"),
            Column.optional("ipc", "IPC", "IPC分类号", "分类号", "ipc_class", "ipc_codes"),
            Column.optional("legalStatus", "法律状态", "当前法律状态", "案件状态", "legal_status", "case_status", "status"),
            Column.optional("type", "专利类型", "类型", "patent_type"),
            Column.optional("familySize", "同族数量", "同族数", "inpadoc_family_size", "family_size"),
            Column.optional("claims", "权利要求数", "权利要求数量", "claims"));

    private final ApplicantLinker linker;

    public PatentRows(ApplicantLinker linker) {
        this.linker = linker;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public void check(ColumnMapping mapping) {
        if (!mapping.has("applicationNumber") && !mapping.has("publicationNumber")) {
            throw new ImportFileException("required column missing: applicationNumber (申请号) or publicationNumber"
                    + " (公开号 / 公开(公告)号); a patent needs one of them as its key");
        }
    }

    @Override
    public List<ImportedRow> parse(RowValues row) {
        ApplicationNumber application = row.parsed("applicationNumber", ApplicationNumber::parse);
        PublicationNumber publication = row.parsed("publicationNumber", PublicationNumber::parse);
        if (application == null && publication == null) {
            throw row.reject(row.has("applicationNumber") ? "applicationNumber" : "publicationNumber",
                    "a patent needs an application or publication number");
        }
        String key = application != null ? application.normalised() : PUBLICATION_KEY_PREFIX + publication.value();
        PatentTitle title = PatentTitle.split(row.required("title"), row.text("titleEn"));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("publicationNumber", publication == null ? null : publication.value());
        p.put("title", title.zh());
        p.put("titleEn", title.en());
        putIfColumn(row, p, "abstract", "abstract", row.text("abstract"));
        putIfColumn(row, p, "filingDate", "filingDate", row.date("filingDate"));
        putIfColumn(row, p, "grantDate", "grantDate", row.date("grantDate"));
        putIfColumn(row, p, "familySize", "familySize", row.integer("familySize"));
        putIfColumn(row, p, "claims", "claims", row.integer("claims"));
        p.put("type", type(row, application, publication));
        p.put("legalStatus", row.text("legalStatus") != null
                ? row.parsed("legalStatus", LegalStatusText::parse)
                : LegalStatusText.fromPublication(publication));
        List<String> ipc = ipcCodes(row);
        p.put("ipcCodes", ipc);
        return List.of(ImportedRow.of(Entity.PATENTS, key, p,
                Map.of("applicants", applicants(row), "ipc", IpcLinks.of(ipc))));
    }

    private static void putIfColumn(RowValues row, Map<String, Object> p, String field, String property, Object value) {
        if (row.has(field)) {
            p.put(property, value);
        }
    }

    private static PatentType type(RowValues row, ApplicationNumber application, PublicationNumber publication) {
        PatentType given = row.parsed("type", PatentTypeText::parse);
        if (given != null) {
            return given;
        }
        return application != null ? application.patentType() : PatentTypeText.fromPublication(publication);
    }

    private List<Map<String, Object>> applicants(RowValues row) {
        List<String> names = row.list("applicants");
        if (names.isEmpty()) {
            throw row.reject("applicants", "must name at least one applicant");
        }
        List<String> codes = row.list("applicantCreditCodes");
        List<Map<String, Object>> links = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String code = i < codes.size()
                    ? row.parse("applicantCreditCodes", codes.get(i), v -> CreditCode.parse(v).value()) : null;
            ApplicantLinker.Link link = linker.link(names.get(i), code);
            if (!seen.add(link.kind() + link.key())) {
                continue;
            }
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("kind", link.kind());
            a.put("key", link.key());
            a.put("order", links.size() + 1);
            a.put("linkedBy", link.linkedBy());
            links.add(a);
        }
        return links;
    }

    private static List<String> ipcCodes(RowValues row) {
        Set<String> codes = new LinkedHashSet<>();
        String main = row.parsed("mainIpc", IpcLinks::normalise);
        if (main != null) {
            codes.add(main);
        }
        String all = row.text("ipc");
        if (all != null) {
            for (String raw : all.split("[;,，；]")) {
                if (!raw.isBlank()) {
                    codes.add(row.parse("ipc", raw, IpcLinks::normalise));
                }
            }
        }
        return List.copyOf(codes);
    }
}
