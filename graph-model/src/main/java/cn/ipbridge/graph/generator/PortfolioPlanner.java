package cn.ipbridge.graph.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import cn.ipbridge.graph.generator.Randomness.Part;
import cn.ipbridge.graph.model.PatentApplicant;
import cn.ipbridge.graph.model.PatentType;

/**
 * Plans a holder's portfolio as skeletons, from the holder's own stream.
 *
 * <p>A firm concentrates on two to four focus main groups of its industry (weights 1, 1/2, 1/3, 1/4): 55% of its
 * patents fall in them, 25% elsewhere in its industry's subclasses and 20% in neighbouring subclasses. A university
 * spreads over its industries (weights 1, 1/2, 1/3 ...), 85% inside them. The main symbol is a real subgroup (90%)
 * or the main group itself; 0-2 more symbols follow (50% none, 35% one, 15% two), from the same main group or the
 * same industry. 2.5% of a firm's patents are co-filed with a university that works in its industry, 3% of a
 * university's with a firm of the patent's industry.
 */
final class PortfolioPlanner {

    private static final Weighted<Integer> EXTRA_SYMBOLS = Weighted.of(List.of(0, 1, 2), 50, 35, 15);

    private final Randomness randomness;
    private final IndustryFields fields;
    private final CoApplicants coApplicants;

    PortfolioPlanner(Randomness randomness, IndustryFields fields, CoApplicants coApplicants) {
        this.randomness = randomness;
        this.fields = fields;
        this.coApplicants = coApplicants;
    }

    List<PatentSkeleton> plan(Holder holder) {
        SplittableRandom random = randomness.of(Part.PORTFOLIOS, holder.index());
        Weighted<String> industries = Weighted.of(holder.industries(), i -> 1.0 / (holder.industries().indexOf(i) + 1));
        Weighted<String> focus = holder.university() ? null : focus(random, holder.industries().get(0));
        List<PatentSkeleton> skeletons = new ArrayList<>(holder.size());
        for (int j = 0; j < holder.size(); j++) {
            String industry = industries.pick(random);
            PatentType type = type(random, holder);
            String mainGroup = mainGroup(random, industry, focus, holder.university() ? 0.85 : 0.80);
            List<String> symbols = symbols(random, industry, mainGroup);
            List<PatentApplicant> applicants = applicants(random, holder, industry);
            skeletons.add(new PatentSkeleton(holder.firstOrdinal() + j, holder.index(), industry, type,
                    FilingDates.draw(random, holder.activeSince()), symbols, applicants));
        }
        return skeletons;
    }

    /** The holder first; now and then a partner of the other kind, from the same industry, second. */
    private List<PatentApplicant> applicants(RandomGenerator random, Holder holder, String industry) {
        PatentApplicant first = new PatentApplicant(holder.kind(), holder.key(), 1);
        if (random.nextDouble() >= (holder.university() ? 0.03 : 0.025)) {
            return List.of(first);
        }
        PatentApplicant partner = holder.university()
                ? coApplicants.firm(random, industry)
                : coApplicants.university(random, industry);
        return partner == null ? List.of(first) : List.of(first, partner);
    }

    private Weighted<String> focus(RandomGenerator random, String industry) {
        List<String> groups = fields.mainGroups(industry);
        int count = Math.min(groups.size(), 2 + random.nextInt(3));
        List<String> chosen = new ArrayList<>(count);
        while (chosen.size() < count) {
            String group = groups.get(random.nextInt(groups.size()));
            if (!chosen.contains(group)) {
                chosen.add(group);
            }
        }
        return Weighted.of(chosen, g -> 1.0 / (chosen.indexOf(g) + 1));
    }

    private static PatentType type(RandomGenerator random, Holder holder) {
        double u = random.nextDouble();
        return u < holder.inventionShare() ? PatentType.INVENTION
                : u < holder.inventionShare() + holder.designShare() ? PatentType.DESIGN
                : PatentType.UTILITY_MODEL;
    }

    private String mainGroup(RandomGenerator random, String industry, Weighted<String> focus, double inside) {
        double u = random.nextDouble();
        if (focus != null && u < 0.55) {
            return focus.pick(random);
        }
        List<String> groups = u < inside ? fields.mainGroups(industry) : fields.neighbourMainGroups(industry);
        return groups.get(random.nextInt(groups.size()));
    }

    private List<String> symbols(RandomGenerator random, String industry, String mainGroup) {
        List<String> symbols = new ArrayList<>(3);
        symbols.add(symbolUnder(random, mainGroup));
        int extra = EXTRA_SYMBOLS.pick(random);
        for (int tries = 0; symbols.size() < 1 + extra && tries < 6; tries++) {
            String group = random.nextDouble() < 0.6 ? mainGroup
                    : fields.mainGroups(industry).get(random.nextInt(fields.mainGroups(industry).size()));
            String symbol = symbolUnder(random, group);
            if (!symbols.contains(symbol)) {
                symbols.add(symbol);
            }
        }
        return symbols;
    }

    private String symbolUnder(RandomGenerator random, String mainGroup) {
        List<String> subgroups = fields.subgroups(mainGroup);
        return subgroups.isEmpty() || random.nextDouble() < 0.1
                ? mainGroup : subgroups.get(random.nextInt(subgroups.size()));
    }
}
