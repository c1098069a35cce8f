package cn.ipbridge.graph.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

import cn.ipbridge.graph.model.Enterprise;
import cn.ipbridge.graph.model.ListingPlan;
import cn.ipbridge.graph.model.SrdiLevel;

/**
 * What an officer finds at a key firm, from its record and portfolio, and which services that calls for:
 *
 * <ul>
 *   <li>缺少发明专利 (no granted live invention) -> 专利挖掘与布局, 优先审查推荐;</li>
 *   <li>未贯标 (not GB/T 29490 certified) -> 贯标辅导;</li>
 *   <li>专利即将失效 (a granted patent's term ends within a year) -> 专利年费管理, 专利挖掘与布局;</li>
 *   <li>海外布局 (no family abroad; 60% of those) -> 海外知识产权风险预警;</li>
 *   <li>质押融资需求 (35% of firms) -> 知识产权质押贷款;</li>
 *   <li>上市知识产权风险排查 (STAR candidates) -> 上市知识产权风险排查, 知识产权尽职调查;</li>
 *   <li>小巨人复核准备 (a little giant recognised 2023 or before: its three years are up) -> 专利分析评议;</li>
 *   <li>侵权纠纷 (10%) -> 维权援助.</li>
 * </ul>
 */
final class FirmNeeds {

    private FirmNeeds() {
    }

    static List<String> assess(RandomGenerator random, Enterprise firm, PortfolioProfile portfolio) {
        List<String> needs = new ArrayList<>();
        if (portfolio.pledgeable().isEmpty()) {
            needs.add("缺少发明专利");
        }
        if (!firm.gbt29490Certified()) {
            needs.add("未贯标");
        }
        if (portfolio.expiringSoon() > 0) {
            needs.add("专利即将失效");
        }
        if (!portfolio.overseas() && random.nextDouble() < 0.6) {
            needs.add("海外布局");
        }
        if (random.nextDouble() < 0.35) {
            needs.add("质押融资需求");
        }
        if (firm.listingPlan() == ListingPlan.STAR_CANDIDATE) {
            needs.add("上市知识产权风险排查");
        }
        if (firm.srdiLevel() == SrdiLevel.LITTLE_GIANT && firm.srdiYear() != null
                && firm.srdiYear() + 3 <= OperationsYear.REFERENCE_DATE.getYear()) {
            needs.add("小巨人复核准备");
        }
        if (random.nextDouble() < 0.10) {
            needs.add("侵权纠纷");
        }
        return needs;
    }

    static List<String> servicesFor(List<String> needs) {
        Set<String> services = new LinkedHashSet<>();
        for (String need : needs) {
            services.addAll(switch (need) {
                case "缺少发明专利" -> List.of("专利挖掘与布局", "优先审查推荐");
                case "未贯标" -> List.of("贯标辅导");
                case "专利即将失效" -> List.of("专利年费管理", "专利挖掘与布局");
                case "海外布局" -> List.of("海外知识产权风险预警");
                case "质押融资需求" -> List.of("知识产权质押贷款");
                case "上市知识产权风险排查" -> List.of("上市知识产权风险排查", "知识产权尽职调查");
                case "小巨人复核准备" -> List.of("专利分析评议");
                case "侵权纠纷" -> List.of("维权援助");
                default -> List.of();
            });
        }
        return List.copyOf(services);
    }
}
