package cn.ipbridge.graph.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.ipbridge.graph.generator.Randomness.Part;
import cn.ipbridge.graph.model.Institution;
import cn.ipbridge.graph.model.InstitutionType;
import cn.ipbridge.graph.model.ListingPlan;
import cn.ipbridge.graph.model.ServiceLink;
import cn.ipbridge.graph.taxonomy.StrategicIndustries;

/**
 * Which institutions serve which firms ({@code SERVES}): 80% of little giants, 50% of municipal SRDI firms and 35% of
 * innovative SMEs (about 48% overall) are served by one (60%), two (30%) or three institutions. An institution is
 * drawn in proportion to its yearly capacity, times 4 in the firm's district and times 3 if it specialises in the
 * firm's industry; pre-IPO stations serve only firms on the way to or on the STAR market. The service is one the
 * institution offers; the link dates from 2019 or the firm's founding, whichever is later.
 */
final class ServiceLinks {

    private static final Weighted<Integer> HOW_MANY = Weighted.of(List.of(1, 2, 3), 60, 30, 10);
    private static final LocalDate PROGRAMME_START = LocalDate.of(2019, 1, 1);

    private final InstitutionCatalogue institutions;
    private final Randomness randomness;
    private final Map<String, Weighted<Institution>> choices = new HashMap<>();

    ServiceLinks(InstitutionCatalogue institutions, Randomness randomness) {
        this.institutions = institutions;
        this.randomness = randomness;
    }

    List<ServiceLink> plan(FirmDirectory firms) {
        List<ServiceLink> links = new ArrayList<>();
        for (Firm firm : firms.all()) {
            SplittableRandom random = randomness.of(Part.SERVICE_LINKS, firm.index());
            if (random.nextDouble() >= FirmTraits.byLevel(firm.level(), 0.80, 0.50, 0.35)) {
                continue;
            }
            Weighted<Institution> candidates = candidates(firm);
            int wanted = HOW_MANY.pick(random);
            List<String> chosen = new ArrayList<>(wanted);
            for (int attempt = 0; chosen.size() < wanted && attempt < wanted * 4; attempt++) {
                Institution institution = candidates.pick(random);
                if (!chosen.contains(institution.name())) {
                    chosen.add(institution.name());
                    LocalDate founded = firm.enterprise().founded();
                    links.add(new ServiceLink(institution.name(), firm.uscc(),
                            institution.services().get(random.nextInt(institution.services().size())),
                            OperationsYear.dayBetween(random, founded.isAfter(PROGRAMME_START) ? founded
                                    : PROGRAMME_START, OperationsYear.REFERENCE_DATE)));
                }
            }
        }
        return links;
    }

    private Weighted<Institution> candidates(Firm firm) {
        boolean listing = firm.enterprise().listingPlan() != ListingPlan.NONE;
        String key = firm.districtAdcode() + firm.industryCode() + listing;
        return choices.computeIfAbsent(key, k -> {
            List<String> subclasses = StrategicIndustries.byCode(firm.industryCode()).ipcSubclasses();
            List<Institution> eligible = institutions.all().stream()
                    .filter(i -> listing || !i.types().equals(List.of(InstitutionType.PRE_IPO_STATION))).toList();
            return Weighted.of(eligible, i -> i.yearlyCapacity()
                    * (i.districtAdcode().equals(firm.districtAdcode()) ? 4 : 1)
                    * (i.ipcSpecialities().stream().anyMatch(subclasses::contains) ? 3 : 1));
        });
    }
}
