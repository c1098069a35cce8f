package cn.ipbridge.graph.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import cn.ipbridge.graph.generator.PatentCatalogue.PortfolioEntry;
import cn.ipbridge.graph.generator.Randomness.Part;
import cn.ipbridge.graph.model.LegalStatus;
import cn.ipbridge.graph.model.Patent;
import cn.ipbridge.graph.model.PatentTransfer;
import cn.ipbridge.graph.model.PatentType;

/**
 * Universities' granted inventions that reached firms of the patent's industry: of those offered under open
 * licence, 40% were licensed to one or two firms; of the others, 10% were assigned ({@code TRANSFERRED_TO}) and 6%
 * licensed. The rest stay available, which is what matchmaking is for. Dates fall between grant and the reference
 * date, within the last five years, as the transfer drive is recent.
 */
final class TechnologyTransfers {

    private static final LocalDate RECENT = OperationsYear.REFERENCE_DATE.minusYears(5);

    private final PatentCatalogue catalogue;
    private final FirmDirectory firms;
    private final Randomness randomness;

    TechnologyTransfers(PatentCatalogue catalogue, FirmDirectory firms, Randomness randomness) {
        this.catalogue = catalogue;
        this.firms = firms;
        this.randomness = randomness;
    }

    List<PatentTransfer> all() {
        List<PatentTransfer> transfers = new ArrayList<>();
        for (Holder university : catalogue.holders().universities()) {
            for (PortfolioEntry entry : catalogue.portfolio(university)) {
                Patent patent = entry.patent();
                if (patent.type() == PatentType.INVENTION && patent.legalStatus() == LegalStatus.GRANTED) {
                    transfers(entry, randomness.of(Part.TRANSFERS, entry.skeleton().ordinal()), transfers);
                }
            }
        }
        return transfers;
    }

    private void transfers(PortfolioEntry entry, SplittableRandom random, List<PatentTransfer> into) {
        Patent patent = entry.patent();
        double u = random.nextDouble();
        int licences = patent.openLicence() ? (u < 0.25 ? 2 : u < 0.40 ? 1 : 0) : (u < 0.06 ? 1 : 0);
        boolean assigned = !patent.openLicence() && u >= 0.06 && u < 0.16;
        List<String> takers = new ArrayList<>(2);
        for (int i = 0; i < licences + (assigned ? 1 : 0); i++) {
            Firm firm = firms.anyInIndustry(random, entry.skeleton().industryCode());
            if (firm != null && !takers.contains(firm.uscc())) {
                takers.add(firm.uscc());
                LocalDate earliest = patent.grantDate().isAfter(RECENT) ? patent.grantDate() : RECENT;
                into.add(new PatentTransfer(patent.applicationNumber(), firm.uscc(),
                        OperationsYear.dayBetween(random, earliest, OperationsYear.REFERENCE_DATE), !assigned));
            }
        }
    }
}
