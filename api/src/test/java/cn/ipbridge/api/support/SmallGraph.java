package cn.ipbridge.api.support;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Driver;

import cn.ipbridge.graph.identifier.ApplicationNumber;
import cn.ipbridge.graph.identifier.CreditCode;
import cn.ipbridge.graph.model.ApplicantKind;
import cn.ipbridge.graph.model.Enterprise;
import cn.ipbridge.graph.model.Institution;
import cn.ipbridge.graph.model.InstitutionType;
import cn.ipbridge.graph.model.LegalStatus;
import cn.ipbridge.graph.model.ListingPlan;
import cn.ipbridge.graph.model.Patent;
import cn.ipbridge.graph.model.PatentApplicant;
import cn.ipbridge.graph.model.PatentType;
import cn.ipbridge.graph.model.PilotStatus;
import cn.ipbridge.graph.model.ServiceLink;
import cn.ipbridge.graph.model.SrdiLevel;
import cn.ipbridge.graph.model.Trademark;
import cn.ipbridge.graph.model.University;
import cn.ipbridge.graph.taxonomy.IpcClass;
import cn.ipbridge.graph.taxonomy.IpcLevel;
import cn.ipbridge.graph.taxonomy.ShanghaiDistricts;
import cn.ipbridge.graph.taxonomy.StrategicIndustries;
import cn.ipbridge.graph.write.GraphWriter;
import cn.ipbridge.graph.write.WriteProgress;

/**
 * A small hand-built graph whose right answers are known, written through the real write path:
 * three firms, a university, two institutions and six patents in H01L, H01M and A61K.
 */
public final class SmallGraph {

    /** 上海微电子装备有限公司, 浦东新区, little giant, two patents (one granted invention). */
    public static final String MICRO = "91310115591693856A";
    /** 上海芯联半导体科技有限公司, 杨浦区, one granted utility model. */
    public static final String XINLIAN = "91310110666007217T";
    /** 上海康华生物医药股份有限公司, 徐汇区, one lapsed invention. */
    public static final String KANGHUA = CreditCode.complete("91310104MA1FL0000").value();

    public static final String P1 = number("201910000001");
    public static final String P2 = number("202010000002");
    public static final String P3 = number("202120000003");
    public static final String P4 = number("201810000004");
    public static final String P5 = number("201510000005");
    public static final String P6 = number("201610000006");

    public static final String FUDAN = "复旦大学";
    public static final String SJTU = "上海交通大学";
    public static final String PROTECTION_CENTRE = "上海市知识产权保护中心";

    private SmallGraph() {
    }

    public static void write(Driver driver) {
        GraphWriter graph = new GraphWriter(driver, null);
        WriteProgress none = WriteProgress.NONE;
        graph.taxonomy().ipcClasses(List.of(
                ipc("H", IpcLevel.SECTION, "电学", null), ipc("H01", IpcLevel.CLASS, "基本电气元件", "H"),
                ipc("H01L", IpcLevel.SUBCLASS, "半导体器件", "H01"),
                ipc("H01L21/00", IpcLevel.MAIN_GROUP, "专门适用于制造或处理半导体器件的方法或设备", "H01L"),
                ipc("H01L21/02", IpcLevel.SUBGROUP, "半导体器件或其部件的制造或处理", "H01L21/00"),
                ipc("H01M", IpcLevel.SUBCLASS, "用于直接转变化学能为电能的方法或装置", "H01"),
                ipc("H01M50/00", IpcLevel.MAIN_GROUP, "电池的零部件", "H01M"),
                ipc("H01M50/609", IpcLevel.SUBGROUP, "电解液的注入装置", "H01M50/00"),
                ipc("A", IpcLevel.SECTION, "人类生活必需", null), ipc("A61", IpcLevel.CLASS, "医学或兽医学；卫生学", "A"),
                ipc("A61K", IpcLevel.SUBCLASS, "医用配制品", "A61"),
                ipc("A61K31/00", IpcLevel.MAIN_GROUP, "含有机有效成分的医药配制品", "A61K")), none);
        graph.taxonomy().districts(ShanghaiDistricts.all(), none);
        graph.taxonomy().industries(StrategicIndustries.all(), none);
        graph.organisations().universities(List.of(new University(FUDAN, "310110")), none);
        graph.organisations().institutions(List.of(
                new Institution(SJTU, List.of(InstitutionType.UNIVERSITY_CENTRE, InstitutionType.TISC), true,
                        List.of("专利导航", "专利检索"), List.of("H01L"), "310112", 40,
                        "高校国家知识产权信息服务中心;TISC", 2020, null),
                new Institution(PROTECTION_CENTRE, List.of(InstitutionType.PROTECTION_CENTRE), false,
                        List.of("快速预审"), List.of("A61K"), "310104", 200, "知识产权保护中心", 2020, null)), none);
        graph.enterprises().enterprises(List.of(
                firm(MICRO, "上海微电子装备有限公司", "310115", "IC", SrdiLevel.LITTLE_GIANT, true, List.of("上海微电子")),
                firm(XINLIAN, "上海芯联半导体科技有限公司", "310110", "IC", SrdiLevel.MUNICIPAL_SRDI, false, List.of()),
                firm(KANGHUA, "上海康华生物医药股份有限公司", "310104", "BIO", SrdiLevel.INNOVATIVE_SME, false,
                        List.of())), none);
        graph.enterprises().trademarks(List.of(
                new Trademark("12345678", "微电子", List.of(9), "注册", true, MICRO)), none);
        List<Patent> patents = List.of(
                patent(P1, "一种光刻机对准装置", PatentType.INVENTION, "2019-03-01", LegalStatus.GRANTED,
                        List.of(firmApplicant(MICRO, 1)), List.of("H01L21/02", "H01M50/609"), List.of()),
                patent(P2, "一种晶圆曝光方法", PatentType.INVENTION, "2020-05-01", LegalStatus.PENDING,
                        List.of(firmApplicant(MICRO, 1), new PatentApplicant(ApplicantKind.UNIVERSITY, FUDAN, 2)),
                        List.of("H01L21/00"), List.of(P1)),
                patent(P3, "一种芯片封装结构", PatentType.UTILITY_MODEL, "2021-07-01", LegalStatus.GRANTED,
                        List.of(firmApplicant(XINLIAN, 1)), List.of("H01L21/02"), List.of(P1, P2)),
                patent(P4, "一种半导体薄膜制备方法", PatentType.INVENTION, "2018-01-15", LegalStatus.GRANTED,
                        List.of(new PatentApplicant(ApplicantKind.UNIVERSITY, FUDAN, 1)), List.of("H01L21/02"),
                        List.of()),
                patent(P5, "一种抗肿瘤药物组合物", PatentType.INVENTION, "2015-09-09", LegalStatus.LAPSED,
                        List.of(firmApplicant(KANGHUA, 1)), List.of("A61K31/00"), List.of()),
                patent(P6, "一种电池注液装置", PatentType.UTILITY_MODEL, "2016-02-02", LegalStatus.EXPIRED,
                        List.of(new PatentApplicant(ApplicantKind.OTHER, "某电池株式会社", 1)), List.of("H01M50/609"),
                        List.of()));
        graph.patents().patents(patents, none);
        graph.patents().citations(patents, none);
        graph.organisations().serviceLinks(List.of(
                new ServiceLink(SJTU, MICRO, "专利导航", LocalDate.parse("2024-01-01")),
                new ServiceLink(PROTECTION_CENTRE, KANGHUA, "快速预审", LocalDate.parse("2023-06-01"))), none);
        graph.profiles().refreshAll(none);
    }

    private static String number(String digits) {
        return ApplicationNumber.complete(digits).normalised();
    }

    private static IpcClass ipc(String code, IpcLevel level, String title, String parent) {
        return new IpcClass(code, level, title, null, parent);
    }

    private static Enterprise firm(String uscc, String name, String district, String industry, SrdiLevel level,
                                   boolean certified, List<String> aliases) {
        return new Enterprise(uscc, name, aliases, district, "上海市", LocalDate.parse("2005-01-01"), industry,
                level, 2023, certified, false, PilotStatus.NONE, ListingPlan.NONE, 100);
    }

    private static PatentApplicant firmApplicant(String uscc, int order) {
        return new PatentApplicant(ApplicantKind.ENTERPRISE, uscc, order);
    }

    private static Patent patent(String number, String title, PatentType type, String filed, LegalStatus status,
                                 List<PatentApplicant> applicants, List<String> ipc, List<String> cites) {
        return new Patent(number, null, title, null, title + "的摘要", type, LocalDate.parse(filed),
                status == LegalStatus.PENDING ? null : LocalDate.parse(filed).plusYears(2), status, 10, 1, false,
                applicants, ipc, cites);
    }
}
