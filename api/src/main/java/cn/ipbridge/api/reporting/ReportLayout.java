package cn.ipbridge.api.reporting;

import java.util.List;
import java.util.Map;

/**
 * What the half-year report holds, in the order of the programme's tasks: each section's figures (by the key the
 * figure queries return them under) and lists (by the list statement and its parameters).
 */
final class ReportLayout {

    /**
     * A figure: {@code stock} figures are the graph's state now, not dated, or dated by year only (SRDI
     * recognition), so they have no previous half year to compare with.
     */
    record FigureSpec(String key, String label, String unit, boolean stock) {
    }

    record ListSpec(String key, String title, List<String> columns, String statement, Map<String, Object> parameters) {
    }

    record SectionSpec(String key, String title, List<FigureSpec> figures, List<ListSpec> lists) {
    }

    static final Map<String, String> CASE_KINDS = Map.ofEntries(
            Map.entry("PRIORITY_EXAMINATION", "优先审查"), Map.entry("FAST_PRE_EXAMINATION", "快速预审"),
            Map.entry("RIGHTS_ASSISTANCE", "维权援助"), Map.entry("OVERSEAS_DISPUTE", "海外纠纷应对"),
            Map.entry("CONSULTATION", "热线咨询"), Map.entry("EXPERT_CONSULTATION", "专家咨询"),
            Map.entry("PATENT_NAVIGATION", "专利导航"), Map.entry("IP_CUSTODY", "知识产权托管"),
            Map.entry("GBT29490_CERTIFICATION", "贯标认证"), Map.entry("PILOT_APPLICATION", "试点示范申报"),
            Map.entry("PRE_IPO_SERVICE", "上市前知识产权服务"));

    static final Map<String, String> DEAL_KINDS = Map.of("IP_PLEDGE", "知识产权质押", "IP_INSURANCE", "知识产权保险",
            "GUARANTEE", "担保", "EQUITY", "股权投资", "SECURITISATION", "知识产权证券化");

    private static final List<String> EVENT_COLUMNS = List.of("日期", "名称", "主办机构", "参加企业", "参加人次");
    private static final List<String> CASE_COLUMNS = List.of("受理日期", "类型", "企业", "承办机构", "结果", "办结日期");

    static final List<SectionSpec> SECTIONS = List.of(
            new SectionSpec("PUBLICITY_TRAINING", "一、宣传培训", List.of(
                    flow("notices", "发布政策宣传信息", "条"),
                    flow("noticesDelivered", "信息精准推送企业", "家次"),
                    flow("events.TRAINING", "开展知识产权培训", "场"),
                    flow("events.TRAINING.people", "培训企业人员", "人次"),
                    flow("events.TRAINING.firms", "参训企业", "家")), List.of(
                    list("notices", "政策宣传信息", List.of("发布日期", "标题", "类型", "推送企业"),
                            ReportStatements.NOTICES, Map.of()),
                    events("trainings", "培训活动", "TRAINING"))),
            new SectionSpec("POLICY_GUIDANCE", "二、政策引导", List.of(
                    stock("gbt29490Certified", "通过GB/T 29490贯标认证企业（现有）", "家"),
                    flow("cases.GBT29490_CERTIFICATION", "贯标认证服务", "件"),
                    stock("ipCustodyFirms", "知识产权托管企业（现有）", "家"),
                    flow("cases.IP_CUSTODY", "知识产权托管服务", "件"),
                    stock("pilotFirms", "知识产权试点企业（现有）", "家"),
                    stock("demonstrationFirms", "知识产权示范企业（现有）", "家"),
                    flow("cases.PILOT_APPLICATION", "试点示范申报服务", "件"),
                    flow("cases.PATENT_NAVIGATION", "专利导航服务", "件"),
                    stock("highValuePortfolioFirms", "高价值专利组合企业（重点清单，现有）", "家"),
                    flow("grantedInventions", "企业获授权发明专利", "件"),
                    stock("srdiRecognised", "本年度认定专精特新企业（按认定年度）", "家")), List.of(
                    cases("policyCases", "政策引导服务",
                            "GBT29490_CERTIFICATION", "IP_CUSTODY", "PILOT_APPLICATION", "PATENT_NAVIGATION"))),
            new SectionSpec("INFORMATION_SERVICES", "三、信息服务", List.of(
                    flow("events.MATCHMAKING", "举办供需对接活动", "场"),
                    flow("events.MATCHMAKING.firms", "参加对接企业", "家"),
                    flow("cases.CONSULTATION", "热线咨询", "件"),
                    flow("cases.EXPERT_CONSULTATION", "专家咨询", "件")), List.of(
                    events("matchmaking", "供需对接活动", "MATCHMAKING"),
                    cases("consultations", "咨询服务", "CONSULTATION", "EXPERT_CONSULTATION"))),
            new SectionSpec("OPERATIONS", "四、运营", List.of(
                    flow("transfers", "专利转让", "件"),
                    flow("pledgeDeals", "知识产权质押融资", "笔"),
                    flow("pledgeAmount", "质押融资金额", "万元"),
                    flow("financingDeals", "各类融资合计", "笔"),
                    flow("financingAmount", "各类融资金额合计", "万元"),
                    stock("starCandidates", "科创板拟上市企业（现有）", "家"),
                    flow("cases.PRE_IPO_SERVICE", "上市前知识产权服务", "件"),
                    flow("events.EXHIBITION", "组织参加展会", "场"),
                    flow("events.EXHIBITION.firms", "参展企业", "家")), List.of(
                    list("transfers", "专利转让", List.of("转让日期", "申请号", "专利名称", "受让企业"),
                            ReportStatements.TRANSFERS, Map.of()),
                    list("deals", "融资项目", List.of("日期", "金融机构", "企业", "类型", "金额（万元）", "质押专利"),
                            ReportStatements.DEALS, Map.of("dealKinds", DEAL_KINDS)),
                    cases("preIpoCases", "上市前知识产权服务", "PRE_IPO_SERVICE"),
                    events("exhibitions", "展会", "EXHIBITION"))),
            new SectionSpec("PROTECTION", "五、保护", List.of(
                    flow("cases.PRIORITY_EXAMINATION", "推荐优先审查", "件"),
                    flow("cases.PRIORITY_EXAMINATION.accepted", "优先审查获准", "件"),
                    flow("cases.FAST_PRE_EXAMINATION", "快速预审", "件"),
                    flow("cases.RIGHTS_ASSISTANCE", "维权援助", "件"),
                    flow("cases.OVERSEAS_DISPUTE", "海外纠纷应对指导", "件"),
                    flow("keyTrademarksAdded", "新增重点商标保护名录", "件")), List.of(
                    cases("protectionCases", "保护服务", "PRIORITY_EXAMINATION", "FAST_PRE_EXAMINATION",
                            "RIGHTS_ASSISTANCE", "OVERSEAS_DISPUTE"),
                    list("keyTrademarks", "新增重点商标", List.of("列入日期", "注册号", "商标", "权利人"),
                            ReportStatements.KEY_TRADEMARKS, Map.of()))),
            new SectionSpec("KEY_FIRM_SERVICE", "六、重点企业服务", List.of(
                    flow("keyLists", "新建重点企业服务清单", "份"),
                    stock("keyListFirms", "清单内企业（现有）", "家"),
                    stock("officers", "知识产权特派员（现有）", "名"),
                    stock("keyFirms", "特派员联系重点企业（现有）", "家"),
                    flow("visits", "走访企业", "次"),
                    flow("firmsVisited", "走访覆盖企业", "家"),
                    flow("events.EXCHANGE", "知识产权经理人交流活动", "场"),
                    flow("bestCases", "典型案例", "个")), List.of(
                    list("visits", "走访记录", List.of("日期", "特派员", "企业", "需求"), ReportStatements.VISITS,
                            Map.of()),
                    list("bestCases", "典型案例", List.of("日期", "标题", "企业"), ReportStatements.BEST_CASES,
                            Map.of()),
                    list("keyLists", "重点企业服务清单", List.of("建立日期", "名称", "分类", "企业数"),
                            ReportStatements.KEY_LISTS, Map.of()))));

    private ReportLayout() {
    }

    private static FigureSpec flow(String key, String label, String unit) {
        return new FigureSpec(key, label, unit, false);
    }

    private static FigureSpec stock(String key, String label, String unit) {
        return new FigureSpec(key, label, unit, true);
    }

    private static ListSpec list(String key, String title, List<String> columns, String statement,
                                 Map<String, Object> parameters) {
        return new ListSpec(key, title, columns, statement, parameters);
    }

    private static ListSpec events(String key, String title, String kind) {
        return list(key, title, EVENT_COLUMNS, ReportStatements.EVENTS, Map.of("kind", kind));
    }

    private static ListSpec cases(String key, String title, String... kinds) {
        return list(key, title, CASE_COLUMNS, ReportStatements.CASES,
                Map.of("kinds", List.of(kinds), "kindLabels", CASE_KINDS));
    }
}
