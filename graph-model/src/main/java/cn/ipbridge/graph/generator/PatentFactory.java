package cn.ipbridge.graph.generator;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import cn.ipbridge.graph.generator.Randomness.Part;
import cn.ipbridge.graph.model.LegalStatus;
import cn.ipbridge.graph.model.Patent;
import cn.ipbridge.graph.model.PatentType;
import cn.ipbridge.graph.taxonomy.IpcClass;

/**
 * Turns a skeleton into a full patent record from the patent's own stream: legal status and grant date
 * ({@link LegalHistory}), numbers ({@link PatentNumbers}), title and abstract ({@link PatentTitles}), and:
 *
 * <ul>
 *   <li>claims: inventions 5-20 (median 10), utility models 1-10 (median 5), designs none;</li>
 *   <li>family size: 1, except the holder's overseas share of inventions (2-10, geometric) and 2% of utility
 *       models (2); a family abroad also brings an English title where the IPC symbol has one;</li>
 *   <li>open licence: 10% of universities' granted patents, 1% of firms'.</li>
 * </ul>
 */
final class PatentFactory {

    private static final LogNormal INVENTION_EXTRA_CLAIMS = new LogNormal(5, 0.6);
    private static final LogNormal UTILITY_CLAIMS = new LogNormal(5, 0.5);

    private final Randomness randomness;
    private final IndustryFields fields;
    private final PatentTitles titles;

    PatentFactory(Randomness randomness, IndustryFields fields) {
        this.randomness = randomness;
        this.fields = fields;
        this.titles = new PatentTitles(code -> fields.ipcClass(code) == null ? null : fields.ipcClass(code).titleZh());
    }

    /** The patent without citations; see {@link #withCites}. */
    Patent dress(PatentSkeleton skeleton, Holder holder) {
        SplittableRandom random = randomness.of(Part.PATENT_DETAILS, skeleton.ordinal());
        PatentType type = skeleton.type();
        LegalHistory.Outcome outcome = LegalHistory.decide(random, type, skeleton.filingDate());
        int family = familySize(random, type, holder.overseasShare());
        IpcClass symbol = fields.ipcClass(skeleton.mainIpc());
        IpcClass mainGroup = fields.ipcClass(mainGroupOf(skeleton.mainIpc()));
        PatentTitles.Text text = titles.write(random, type, IndustryProfile.of(skeleton.industryCode()), symbol,
                mainGroup, family > 1);
        boolean granted = outcome.status() == LegalStatus.GRANTED;
        boolean openLicence = granted && random.nextDouble() < (holder.university() ? 0.10 : 0.01);
        return new Patent(PatentNumbers.applicationNumber(skeleton.applicationDigits()),
                PatentNumbers.publicationNumber(skeleton.ordinal(), skeleton.filingDate().getYear(),
                        outcome.publicationKind()),
                text.title(), text.titleEn(), text.abstractText(), type, skeleton.filingDate(), outcome.grantDate(),
                outcome.status(), claims(random, type), family, openLicence, skeleton.applicants(),
                skeleton.ipcCodes(), List.of());
    }

    static Patent withCites(Patent p, List<String> cites) {
        return new Patent(p.applicationNumber(), p.publicationNumber(), p.title(), p.titleEn(), p.abstractText(),
                p.type(), p.filingDate(), p.grantDate(), p.legalStatus(), p.claims(), p.familySize(), p.openLicence(),
                p.applicants(), p.ipcCodes(), cites);
    }

    /** H01M4/131 -> H01M4/00; a main group is its own. */
    static String mainGroupOf(String symbol) {
        return symbol.substring(0, symbol.indexOf('/')) + "/00";
    }

    private static Integer claims(RandomGenerator random, PatentType type) {
        return switch (type) {
            case INVENTION -> 5 + INVENTION_EXTRA_CLAIMS.sample(random, 0, 15);
            case UTILITY_MODEL -> UTILITY_CLAIMS.sample(random, 1, 10);
            case DESIGN -> null;
        };
    }

    private static int familySize(RandomGenerator random, PatentType type, double overseasShare) {
        if (type == PatentType.INVENTION && random.nextDouble() < overseasShare) {
            int size = 2;
            while (size < 10 && random.nextDouble() < 0.45) {
                size++;
            }
            return size;
        }
        return type == PatentType.UTILITY_MODEL && random.nextDouble() < 0.02 ? 2 : 1;
    }
}
