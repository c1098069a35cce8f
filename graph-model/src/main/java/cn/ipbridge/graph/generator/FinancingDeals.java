package cn.ipbridge.graph.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import cn.ipbridge.graph.generator.Randomness.Part;
import cn.ipbridge.graph.model.DealKind;
import cn.ipbridge.graph.model.FinancingDeal;
import cn.ipbridge.graph.model.Funder;
import cn.ipbridge.graph.model.FunderType;
import cn.ipbridge.graph.model.ListingPlan;
import cn.ipbridge.graph.model.SrdiLevel;
import cn.ipbridge.graph.model.Trademark;

/**
 * The operations year's deals, firm by firm from each firm's own stream. Amounts are in 10,000 yuan, log-normal,
 * rounded to 10 and kept within the funder's ticket range.
 *
 * <ul>
 *   <li>IP pledge loans: 30% of little giants, 10% of municipal, 4% of innovative SMEs apply, and those with a granted,
 *       live invention get one from a bank (preferring banks that favour the industry x3, alliance members x1.5),
 *       median 500 (little giants) or 300, secured by one to five of those inventions and, in 20% of loans, a
 *       registered trademark; 30% of them come with a guarantee (80% of the loan);</li>
 *   <li>IP insurance: 12% / 5% / 2% of firms, median 50;</li>
 *   <li>equity: 30% of STAR candidates, median 2,000;</li>
 *   <li>securitisation: 2% of little giants and municipal firms with five or more pledgeable inventions, through the
 *       government fund, secured by up to ten of them.</li>
 * </ul>
 */
final class FinancingDeals {

    private final FirmDirectory firms;
    private final FunderCatalogue funders;
    private final PortfolioProfiles profiles;
    private final TrademarkFactory trademarks;
    private final Randomness randomness;

    FinancingDeals(FirmDirectory firms, FunderCatalogue funders, PortfolioProfiles profiles,
                   TrademarkFactory trademarks, Randomness randomness) {
        this.firms = firms;
        this.funders = funders;
        this.profiles = profiles;
        this.trademarks = trademarks;
        this.randomness = randomness;
    }

    List<FinancingDeal> plan() {
        List<FinancingDeal> deals = new ArrayList<>();
        for (Firm firm : firms.all()) {
            SplittableRandom random = randomness.of(Part.DEALS, firm.index());
            double pledge = random.nextDouble();
            double insurance = random.nextDouble();
            double equity = random.nextDouble();
            double securitisation = random.nextDouble();
            if (pledge < FirmTraits.byLevel(firm.level(), 0.30, 0.10, 0.04)) {
                List<String> pledgeable = profiles.of(firm).pledgeable();
                if (!pledgeable.isEmpty()) {
                    pledge(random, firm, pledgeable, deals);
                }
            }
            if (securitisation < FirmTraits.byLevel(firm.level(), 0.02, 0.02, 0)) {
                List<String> pledgeable = profiles.of(firm).pledgeable();
                if (pledgeable.size() >= 5) {
                    add(deals, random, funders.ofType(FunderType.GOVERNMENT_FUND).get(0), firm,
                            DealKind.SECURITISATION, new LogNormal(3_000, 0.5),
                            DistinctSample.of(random, pledgeable, 10), List.of());
                }
            }
            if (insurance < FirmTraits.byLevel(firm.level(), 0.12, 0.05, 0.02)) {
                add(deals, random, pick(random, FunderType.INSURER, firm), firm, DealKind.IP_INSURANCE,
                        new LogNormal(50, 0.6), List.of(), List.of());
            }
            if (firm.enterprise().listingPlan() == ListingPlan.STAR_CANDIDATE && equity < 0.30) {
                add(deals, random, pick(random, FunderType.INVESTOR, firm), firm, DealKind.EQUITY,
                        new LogNormal(2_000, 0.7), List.of(), List.of());
            }
        }
        return deals;
    }

    private void pledge(RandomGenerator random, Firm firm, List<String> pledgeable, List<FinancingDeal> deals) {
        List<String> patents = DistinctSample.of(random, pledgeable, 1 + random.nextInt(5));
        List<String> marks = List.of();
        if (random.nextDouble() < 0.20) {
            marks = trademarks.of(firm).stream().filter(t -> t.status().equals("已注册"))
                    .map(Trademark::registrationNumber).limit(1).toList();
        }
        double median = firm.level() == SrdiLevel.LITTLE_GIANT ? 500 : 300;
        FinancingDeal loan = add(deals, random, pick(random, FunderType.BANK, firm), firm, DealKind.IP_PLEDGE,
                new LogNormal(median, 0.7), patents, marks);
        if (random.nextDouble() < 0.30) {
            Funder guarantor = pick(random, FunderType.GUARANTOR, firm);
            deals.add(new FinancingDeal(id(deals), guarantor.name(), firm.uscc(),
                    within(guarantor, loan.amount().doubleValue() * 0.8), loan.date(), DealKind.GUARANTEE,
                    List.of(), List.of()));
        }
    }

    private static FinancingDeal add(List<FinancingDeal> deals, RandomGenerator random, Funder funder, Firm firm,
                                     DealKind kind, LogNormal amount, List<String> patents, List<String> marks) {
        FinancingDeal deal = new FinancingDeal(id(deals), funder.name(), firm.uscc(),
                within(funder, amount.sample(random)), OperationsYear.anyDay(random), kind, patents, marks);
        deals.add(deal);
        return deal;
    }

    private Funder pick(RandomGenerator random, FunderType type, Firm firm) {
        return Weighted.of(funders.ofType(type), f -> (f.preferredIndustries().contains(firm.industryCode()) ? 3 : 1)
                * (f.allianceMember() ? 1.5 : 1)).pick(random);
    }

    /** Rounded to 10 (100,000 yuan) and kept within the funder's tickets. */
    private static BigDecimal within(Funder funder, double amount) {
        long rounded = Math.round(amount / 10) * 10;
        return BigDecimal.valueOf(Math.max(funder.ticketMin(), Math.min(funder.ticketMax(), rounded)));
    }

    private static String id(List<FinancingDeal> deals) {
        return SerialIds.of("FD", 6, deals.size() + 1);
    }
}
