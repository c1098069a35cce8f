package cn.ipbridge.graph.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.ipbridge.graph.model.ApplicantKind;
import cn.ipbridge.graph.model.ListingPlan;
import cn.ipbridge.graph.model.SrdiLevel;

/**
 * Every patent holder, firms first and then universities, with their portfolio sizes and ordinal ranges.
 *
 * <p>Type mix: firms file 10% designs and inventions at 48% (little giants), 42% (municipal SRDI) or 35% (innovative
 * SMEs), the rest utility models, which comes to about 45/45/10 over all patents; universities file 85% inventions,
 * 1% designs. Inventions with a family abroad: 20% for little giants and firms heading for or on the STAR market, 6%
 * for other firms, 10% for universities.
 */
final class Holders {

    /** Universities' patents are counted from the first year the generator covers. */
    static final LocalDate FIRST_FILING = LocalDate.of(2005, 1, 1);

    private final List<Holder> all;
    private final int firmCount;
    private final int totalPatents;

    Holders(List<Firm> firms, double meanPerFirm, Randomness randomness) {
        int[] firmSizes = PortfolioSizes.ofFirms(firms, meanPerFirm, randomness);
        List<PatentOwningUniversity> universities = PatentOwningUniversity.ALL;
        long firmPatents = 0;
        for (int size : firmSizes) {
            firmPatents += size;
        }
        int[] universitySizes = PortfolioSizes.ofUniversities(firmPatents, universities);
        List<Holder> holders = new ArrayList<>(firms.size() + universities.size());
        int ordinal = 0;
        for (Firm firm : firms) {
            SrdiLevel level = firm.level();
            boolean outward = level == SrdiLevel.LITTLE_GIANT || firm.enterprise().listingPlan() != ListingPlan.NONE;
            holders.add(new Holder(holders.size(), ApplicantKind.ENTERPRISE, firm.uscc(),
                    List.of(firm.industryCode()), later(firm.enterprise().founded(), FIRST_FILING),
                    FirmTraits.byLevel(level, 0.48, 0.42, 0.35), 0.10, outward ? 0.20 : 0.06,
                    ordinal, firmSizes[firm.index()]));
            ordinal += firmSizes[firm.index()];
        }
        for (int u = 0; u < universities.size(); u++) {
            PatentOwningUniversity university = universities.get(u);
            holders.add(new Holder(holders.size(), ApplicantKind.UNIVERSITY, university.name(),
                    university.industries(), FIRST_FILING, 0.85, 0.01, 0.10, ordinal, universitySizes[u]));
            ordinal += universitySizes[u];
        }
        this.all = List.copyOf(holders);
        this.firmCount = firms.size();
        this.totalPatents = ordinal;
    }

    List<Holder> all() {
        return all;
    }

    Holder get(int index) {
        return all.get(index);
    }

    /** The holder of a firm's portfolio: firms are the first holders, in firm order. */
    Holder ofFirm(Firm firm) {
        return all.get(firm.index());
    }

    List<Holder> universities() {
        return all.subList(firmCount, all.size());
    }

    int totalPatents() {
        return totalPatents;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
