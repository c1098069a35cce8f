package cn.ipbridge.graph.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import cn.ipbridge.graph.generator.Randomness.Part;
import cn.ipbridge.graph.model.Institution;
import cn.ipbridge.graph.model.InstitutionType;
import cn.ipbridge.graph.taxonomy.TsvResource;

/**
 * The service institutions: the real ones from official notices (with their types and districts from
 * real-institution-profiles.tsv) and generated ones, marked {@code source = "generated"}, so that every
 * {@link InstitutionType} has a few: two more university centres, a second protection centre, TISCs, rights-protection
 * workstations in the eight districts with most firms, overseas-dispute centres, patent agencies, pre-IPO stations
 * and training bases. Universities that are designated centres carry {@code university = true}. Each institution's
 * services and capacity follow its types ({@link InstitutionTypeProfile}); its IPC specialities are 2-5 subclasses of
 * its universities' or one or two drawn industries.
 */
final class InstitutionCatalogue {

    static final String GENERATED = "generated";
    private static final Map<String, String[]> REAL_PROFILES = TsvResource.rows(InstitutionCatalogue.class,
            "real-institution-profiles.tsv").stream().collect(Collectors.toMap(r -> r[0], Function.identity()));

    private final List<Institution> all;

    private final IndustryFields fields;

    InstitutionCatalogue(Randomness randomness, IndustryFields fields) {
        this.fields = fields;
        SplittableRandom random = randomness.of(Part.INSTITUTIONS);
        List<Institution> institutions = new ArrayList<>();
        for (NoticedOrganisation notice : NoticedOrganisation.ALL) {
            if (!notice.bank()) {
                String[] profile = REAL_PROFILES.get(notice.name());
                if (profile == null) {
                    throw new IllegalStateException("real-institution-profiles.tsv lacks " + notice.name());
                }
                institutions.add(institution(random, notice.name(), types(profile[1]), notice.university(),
                        profile[2], notice.designation(), notice.year(), notice.sourceUrl()));
            }
        }
        for (GeneratedInstitutions.Spec spec : GeneratedInstitutions.specs(random)) {
            institutions.add(institution(random, spec.name(), spec.types(), spec.university(), spec.districtAdcode(),
                    spec.types().get(0).nameZh(), 2018 + random.nextInt(7), GENERATED));
        }
        this.all = List.copyOf(institutions);
    }

    List<Institution> all() {
        return all;
    }

    List<Institution> ofType(InstitutionType type) {
        return all.stream().filter(i -> i.types().contains(type)).toList();
    }

    /** Names of the institutions that are also universities: they are written as institutions only. */
    Set<String> universityNames() {
        return all.stream().filter(Institution::university).map(Institution::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private Institution institution(RandomGenerator random, String name, List<InstitutionType> types,
                                           boolean university, String adcode, String designation, int year,
                                           String source) {
        Set<String> services = new LinkedHashSet<>();
        types.forEach(t -> services.addAll(InstitutionTypeProfile.services(t)));
        int capacity = types.stream().mapToInt(InstitutionTypeProfile::yearlyCapacity).max().orElse(100);
        return new Institution(name, types, university, List.copyOf(services), specialities(random, name),
                adcode, capacity, designation, year, source);
    }

    private List<String> specialities(RandomGenerator random, String name) {
        List<String> industries = PatentOwningUniversity.named(name).map(PatentOwningUniversity::industries)
                .orElseGet(() -> List.of(Weighted.of(IndustryProfile.ALL, IndustryProfile::weight).pick(random).code(),
                        Weighted.of(IndustryProfile.ALL, IndustryProfile::weight).pick(random).code()));
        List<String> subclasses = industries.stream().distinct()
                .flatMap(code -> fields.subclasses(code).stream()).toList();
        int count = Math.min(subclasses.size(), 2 + random.nextInt(4));
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(subclasses.get(random.nextInt(subclasses.size())));
        }
        return List.copyOf(chosen);
    }

    private static List<InstitutionType> types(String field) {
        return Arrays.stream(field.split(",")).map(InstitutionType::valueOf).toList();
    }
}
