package cn.ipbridge.graph.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.ipbridge.graph.identifier.ApplicationNumber;
import cn.ipbridge.graph.identifier.CreditCode;
import cn.ipbridge.graph.identifier.PublicationNumber;
import cn.ipbridge.graph.model.PatentType;
import cn.ipbridge.graph.model.ApplicantKind;
import cn.ipbridge.graph.write.ImportEntity;
import cn.ipbridge.graph.write.ImportLink;
import cn.ipbridge.graph.write.LinkTarget;

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

    private static final Map<ApplicantKind, LinkTarget> APPLICANT_TARGETS = Map.of(
            ApplicantKind.ENTERPRISE, LinkTarget.ENTERPRISE_APPLICANT,
            ApplicantKind.UNIVERSITY, LinkTarget.UNIVERSITY_APPLICANT,
            ApplicantKind.INSTITUTION, LinkTarget.INSTITUTION_APPLICANT,
            ApplicantKind.OTHER, LinkTarget.OTHER_APPLICANT);

    /** The links to applicants that make a research patent ({@link ApplicantKind#research()}). */
    private static final Set<LinkTarget> RESEARCH_TARGETS = APPLICANT_TARGETS.entrySet().stream()
            .filter(e -> e.getKey().research()).map(Map.Entry::getValue).collect(Collectors.toUnmodifiableSet());

    private final ApplicantLinker linker;
    private final IpcIndex ipc;

    public PatentRows(ApplicantLinker linker, IpcIndex ipc) {
        this.linker = linker;
        this.ipc = ipc;
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
        List<ImportLink> links = applicants(row);
        List<ImportLink> classes = ipcLinks(ipc);
        links.addAll(classes);
        links.addAll(researchClass(links, classes));
        return List.of(ImportedRow.of(ImportEntity.PATENTS, key, p, links));
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

    private List<ImportLink> applicants(RowValues row) {
        List<String> names = row.list("applicants");
        if (names.isEmpty()) {
            throw row.reject("applicants", "must name at least one applicant");
        }
        List<String> codes = row.list("applicantCreditCodes");
        List<ImportLink> links = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String code = i < codes.size()
                    ? row.parse("applicantCreditCodes", codes.get(i), v -> CreditCode.parse(v).value()) : null;
            ApplicantLinker.Link link = linker.link(names.get(i), code);
            if (!seen.add(link.kind() + link.key())) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("order", links.size() + 1);
            if (link.linkedBy() != null) {
                properties.put("linkedBy", link.linkedBy().name());
            }
            links.add(new ImportLink(APPLICANT_TARGETS.get(link.kind()), link.key(), properties));
        }
        return links;
    }

    /** The first code is the main classification; two codes with the same most specific class link it once. */
    private List<ImportLink> ipcLinks(List<String> codes) {
        List<ImportLink> links = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String target = ipc.mostSpecific(codes.get(i));
            if (target != null && seen.add(target)) {
                links.add(new ImportLink(LinkTarget.IPC_CLASS, target, Map.of("main", i == 0)));
            }
        }
        return links;
    }

    /** The main class again as {@code RESEARCH_PATENT_IN} when a university or institute is among the applicants. */
    private static List<ImportLink> researchClass(List<ImportLink> links, List<ImportLink> classes) {
        if (links.stream().noneMatch(l -> RESEARCH_TARGETS.contains(l.target()))) {
            return List.of();
        }
        return classes.stream().filter(c -> Boolean.TRUE.equals(c.properties().get("main")))
                .map(c -> new ImportLink(LinkTarget.RESEARCH_CLASS, c.to(), Map.of())).toList();
    }

    private static List<String> ipcCodes(RowValues row) {
        Set<String> codes = new LinkedHashSet<>();
        String main = row.parsed("mainIpc", IpcIndex::normalise);
        if (main != null) {
            codes.add(main);
        }
        String all = row.text("ipc");
        if (all != null) {
            for (String raw : all.split("[;,，；]")) {
                if (!raw.isBlank()) {
                    codes.add(row.parse("ipc", raw, IpcIndex::normalise));
                }
            }
        }
        return List.copyOf(codes);
    }
}
