package cn.ipbridge.graph.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import cn.ipbridge.graph.generator.Randomness.Part;
import cn.ipbridge.graph.model.Funder;
import cn.ipbridge.graph.model.FunderType;

/**
 * The funders: the IP-pledge banks named in official notices, plus generated banks, guarantors, insurers, investors
 * and a government fund ({@code source = "generated"}). Each has the products of its type, two to four preferred
 * industries (drawn by industry weight), a ticket range in 10,000 yuan and, for 70% of banks and half the others,
 * membership of the city's IP finance alliance.
 */
final class FunderCatalogue {

    private static final List<String> GENERATED_BANKS = List.of("上海银行浦东科技支行", "上海农商银行张江科技支行",
            "招商银行上海分行", "交通银行上海市分行", "中国建设银行上海市分行");
    private static final List<String> INSURERS = List.of("中国人民财产保险股份有限公司上海市分公司",
            "中国太平洋财产保险股份有限公司上海分公司", "平安财产保险股份有限公司上海分公司");
    private static final String GENERATED = InstitutionCatalogue.GENERATED;
    private static final int GUARANTORS = 3;
    private static final int INVESTORS = 4;

    private final List<Funder> all;

    FunderCatalogue(Randomness randomness) {
        SplittableRandom random = randomness.of(Part.FUNDERS);
        List<Funder> funders = new ArrayList<>();
        for (NoticedOrganisation notice : NoticedOrganisation.ALL) {
            if (notice.bank()) {
                funders.add(funder(random, notice.name(), FunderType.BANK, notice.sourceUrl()));
            }
        }
        GENERATED_BANKS.forEach(name -> funders.add(funder(random, name, FunderType.BANK, GENERATED)));
        for (int i = 0; i < GUARANTORS; i++) {
            funders.add(funder(random, unique(random, funders, "融资担保有限公司"), FunderType.GUARANTOR,
                    GENERATED));
        }
        INSURERS.forEach(name -> funders.add(funder(random, name, FunderType.INSURER, GENERATED)));
        for (int i = 0; i < INVESTORS; i++) {
            funders.add(funder(random, unique(random, funders, "创业投资管理有限公司"), FunderType.INVESTOR,
                    GENERATED));
        }
        funders.add(funder(random, "上海科创知识产权运营基金", FunderType.GOVERNMENT_FUND, GENERATED));
        this.all = List.copyOf(funders);
    }

    List<Funder> all() {
        return all;
    }

    List<Funder> ofType(FunderType type) {
        return all.stream().filter(f -> f.type() == type).toList();
    }

    private static Funder funder(RandomGenerator random, String name, FunderType type, String source) {
        int[] ticket = switch (type) {
            case BANK -> new int[] {100, 3_000};
            case GUARANTOR -> new int[] {100, 2_000};
            case INSURER -> new int[] {10, 500};
            case INVESTOR -> new int[] {500, 10_000};
            case GOVERNMENT_FUND -> new int[] {1_000, 50_000};
        };
        boolean alliance = random.nextDouble() < (type == FunderType.BANK ? 0.7 : 0.5);
        return new Funder(name, type, products(type), alliance, preferredIndustries(random), ticket[0], ticket[1],
                source);
    }

    private static List<String> products(FunderType type) {
        return switch (type) {
            case BANK -> List.of("知识产权质押贷款", "科技履约贷", "专利许可收益权质押融资");
            case GUARANTOR -> List.of("知识产权质押融资担保");
            case INSURER -> List.of("专利执行保险", "专利被侵权损失保险", "知识产权海外侵权责任险");
            case INVESTOR -> List.of("股权投资", "投贷联动");
            case GOVERNMENT_FUND -> List.of("知识产权证券化", "知识产权运营引导投资");
        };
    }

    private static List<String> preferredIndustries(RandomGenerator random) {
        Weighted<IndustryProfile> industries = Weighted.of(IndustryProfile.ALL, IndustryProfile::weight);
        int count = 2 + random.nextInt(3);
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(industries.pick(random).code());
        }
        return List.copyOf(chosen);
    }

    private static String unique(RandomGenerator random, List<Funder> taken, String form) {
        while (true) {
            String name = "上海" + CompanyNames.brand(random).hanzi() + form;
            if (taken.stream().noneMatch(f -> f.name().equals(name))) {
                return name;
            }
        }
    }
}
