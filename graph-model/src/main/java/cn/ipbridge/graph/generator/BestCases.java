package cn.ipbridge.graph.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import cn.ipbridge.graph.generator.Randomness.Part;
import cn.ipbridge.graph.model.BestCase;
import cn.ipbridge.graph.model.DealKind;
import cn.ipbridge.graph.model.FinancingDeal;
import cn.ipbridge.graph.model.ServiceCase;

/**
 * Best cases (优秀案例) of the operations year: one in five successful closed cases (priority examination accepted,
 * mediation, settlement, certification passed, selected as a pilot) and one in ten IP-pledge deals, at most 40 in
 * all, each written up in a sentence about the firm and chosen 10-40 days after the case closed or the deal was made.
 */
final class BestCases {

    private static final Set<String> SUCCESSES = Set.of("ACCEPTED", "调解结案", "达成和解", "通过认证", "入选");
    private static final int MAX = 40;

    private final FirmDirectory firms;
    private final Randomness randomness;

    BestCases(FirmDirectory firms, Randomness randomness) {
        this.firms = firms;
        this.randomness = randomness;
    }

    List<BestCase> plan(List<ServiceCase> cases, List<FinancingDeal> deals) {
        SplittableRandom random = randomness.of(Part.BEST_CASES);
        List<BestCase> chosen = new ArrayList<>();
        for (ServiceCase c : cases) {
            if (chosen.size() < MAX && c.closed() != null && SUCCESSES.contains(c.outcome())
                    && random.nextDouble() < 0.2) {
                String name = firms.byUscc(c.enterpriseUscc()).enterprise().name();
                chosen.add(new BestCase(SerialIds.of("BC", 4, chosen.size() + 1), title(c), name + "：" + c.institutionName()
                        + "办理的" + kindName(c) + "以“" + c.outcome() + "”结案，为企业的创新成果提供了及时保护。",
                        earliest(c.closed().plusDays(10 + random.nextInt(31))), c.enterpriseUscc(), c.id()));
            }
        }
        for (FinancingDeal d : deals) {
            if (chosen.size() < MAX && d.kind() == DealKind.IP_PLEDGE && random.nextDouble() < 0.1) {
                String name = firms.byUscc(d.enterpriseUscc()).enterprise().name();
                chosen.add(new BestCase(SerialIds.of("BC", 4, chosen.size() + 1), "知识产权质押助力企业融资",
                        name + "以" + (d.pledgedPatents().size() + d.pledgedTrademarks().size()) + "项知识产权质押，获得"
                                + d.funderName() + d.amount().toPlainString() + "万元贷款。",
                        earliest(d.date().plusDays(10 + random.nextInt(31))), d.enterpriseUscc(), d.id()));
            }
        }
        return chosen;
    }

    private static java.time.LocalDate earliest(java.time.LocalDate day) {
        return day.isAfter(OperationsYear.REFERENCE_DATE) ? OperationsYear.REFERENCE_DATE : day;
    }

    private static String title(ServiceCase c) {
        return switch (c.kind()) {
            case PRIORITY_EXAMINATION -> "优先审查推荐助力核心专利快速授权";
            case RIGHTS_ASSISTANCE -> "维权援助化解知识产权纠纷";
            case OVERSEAS_DISPUTE -> "海外知识产权纠纷应对指导";
            case GBT29490_CERTIFICATION -> "贯标认证提升企业知识产权管理水平";
            case PILOT_APPLICATION -> "企业入选知识产权试点示范";
            default -> "知识产权服务典型案例";
        };
    }

    private static String kindName(ServiceCase c) {
        return switch (c.kind()) {
            case PRIORITY_EXAMINATION -> "优先审查推荐";
            case RIGHTS_ASSISTANCE -> "维权援助";
            case OVERSEAS_DISPUTE -> "海外纠纷应对";
            case GBT29490_CERTIFICATION -> "贯标认证";
            case PILOT_APPLICATION -> "试点示范申报";
            default -> "服务";
        };
    }
}
