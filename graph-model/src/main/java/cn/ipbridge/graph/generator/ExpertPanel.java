package cn.ipbridge.graph.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import cn.ipbridge.graph.generator.Randomness.Part;
import cn.ipbridge.graph.model.Expert;
import cn.ipbridge.graph.model.Institution;

/**
 * The experts the office can call on: one per hundred firms, at least twelve. Each works in an industry (drawn by
 * weight), knows one to three of its IPC subclasses, and sits at a patent-owning university (60%) or a service
 * institution.
 */
final class ExpertPanel {

    private ExpertPanel() {
    }

    static List<Expert> recruit(int firmCount, InstitutionCatalogue institutions, IndustryFields fields,
                                Randomness randomness) {
        SplittableRandom random = randomness.of(Part.EXPERTS);
        Weighted<IndustryProfile> industries = Weighted.of(IndustryProfile.ALL, IndustryProfile::weight);
        List<Institution> services = institutions.all();
        int count = Math.max(12, firmCount / 100);
        List<Expert> experts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            IndustryProfile industry = industries.pick(random);
            List<String> subclasses = fields.subclasses(industry.code());
            int wanted = 1 + random.nextInt(3);
            Set<String> specialities = new LinkedHashSet<>();
            while (specialities.size() < wanted) {
                specialities.add(subclasses.get(random.nextInt(subclasses.size())));
            }
            String organisation = random.nextDouble() < 0.6
                    ? PatentOwningUniversity.ALL.get(random.nextInt(PatentOwningUniversity.ALL.size())).name()
                    : services.get(random.nextInt(services.size())).name();
            experts.add(new Expert(SerialIds.of("EXP", 4, i + 1), PersonNames.next(random), organisation,
                    industry.industry().name(), List.copyOf(specialities)));
        }
        return experts;
    }
}
