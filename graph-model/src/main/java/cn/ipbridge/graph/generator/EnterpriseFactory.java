package cn.ipbridge.graph.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import cn.ipbridge.graph.generator.Randomness.Part;
import cn.ipbridge.graph.model.Enterprise;
import cn.ipbridge.graph.model.ListingPlan;
import cn.ipbridge.graph.model.SrdiLevel;

/**
 * Creates the SRDI firms: district by {@link DistrictProfile} weight, industry by {@link IndustryProfile} weight times
 * the district's affinity, level-dependent traits from {@link FirmTraits}, a unique name from {@link CompanyNames},
 * a unique credit code from {@link CreditCodes} and an address on a real road of the district.
 */
final class EnterpriseFactory {

    private static final Weighted<DistrictProfile> DISTRICTS =
            Weighted.of(DistrictProfile.ALL, DistrictProfile::weight);

    private final Randomness randomness;
    private final Map<String, Weighted<IndustryProfile>> industriesByDistrict = new LinkedHashMap<>();

    EnterpriseFactory(Randomness randomness) {
        this.randomness = randomness;
        for (DistrictProfile district : DistrictProfile.ALL) {
            industriesByDistrict.put(district.adcode(), Weighted.of(IndustryProfile.ALL,
                    i -> i.weight() * district.affinityFor(i.code())));
        }
    }

    List<Firm> create(int count) {
        SplittableRandom random = randomness.of(Part.ENTERPRISES);
        SplittableRandom nameRandom = randomness.of(Part.COMPANY_NAMES);
        SplittableRandom codeRandom = randomness.of(Part.CREDIT_CODES);
        CompanyNames names = new CompanyNames();
        CreditCodes codes = new CreditCodes();
        List<Firm> firms = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            DistrictProfile district = DISTRICTS.pick(random);
            IndustryProfile industry = industriesByDistrict.get(district.adcode()).pick(random);
            SrdiLevel level = FirmTraits.LEVELS.pick(random);
            int recognised = FirmTraits.recognitionYear(random);
            LocalDate founded = FirmTraits.founded(random, level, recognised);
            ListingPlan listing = FirmTraits.listing(random, level);
            CompanyNames.NamedFirm named = names.next(nameRandom, industry, FirmTraits.jointStockShare(listing));
            Enterprise enterprise = new Enterprise(
                    codes.next(codeRandom, district.adcode(), founded.getYear()),
                    named.name(), named.aliases(), district.adcode(), address(random, district), founded,
                    industry.code(), level, recognised, FirmTraits.certified(random, level),
                    FirmTraits.inCustody(random, level), FirmTraits.pilot(random, level), listing,
                    FirmTraits.employees(random, level));
            firms.add(new Firm(i, enterprise, named.brand()));
        }
        return firms;
    }

    /** E.g. 上海市浦东新区张江路1388号3幢5层: most SRDI firms rent floors in a park building. */
    private static String address(RandomGenerator random, DistrictProfile district) {
        StringBuilder address = new StringBuilder("上海市").append(district.district().name())
                .append(district.roads().get(random.nextInt(district.roads().size())))
                .append(1 + random.nextInt(random.nextDouble() < 0.7 ? 999 : 4_999)).append('号');
        if (random.nextDouble() < 0.5) {
            address.append(1 + random.nextInt(12)).append('幢');
        }
        if (random.nextDouble() < 0.6) {
            address.append(1 + random.nextInt(9)).append('层');
        }
        return address.toString();
    }
}
