package cn.ipbridge.graph.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

import cn.ipbridge.graph.model.InstitutionType;

/**
 * The institutions the generator adds to the real ones so that every type has a few. Names follow the pattern real
 * ones use; workstations go to the eight districts with most firms, patent agencies to districts drawn by weight.
 */
final class GeneratedInstitutions {

    /** A generated institution before its services and specialities are filled in. */
    record Spec(String name, List<InstitutionType> types, boolean university, String districtAdcode) {

        Spec {
            types = List.copyOf(types);
        }
    }

    private static final int WORKSTATION_DISTRICTS = 8;
    private static final int AGENCIES = 6;

    private GeneratedInstitutions() {
    }

    static List<Spec> specs(RandomGenerator random) {
        List<Spec> specs = new ArrayList<>();
        for (String name : List.of("复旦大学", "同济大学")) {
            specs.add(new Spec(name, List.of(InstitutionType.UNIVERSITY_CENTRE, InstitutionType.INFO_OUTLET), true,
                    PatentOwningUniversity.named(name).orElseThrow().districtAdcode()));
        }
        specs.add(new Spec("中国（浦东）知识产权保护中心", List.of(InstitutionType.PROTECTION_CENTRE), false, "310115"));
        specs.add(new Spec("张江科学城技术与创新支持中心", List.of(InstitutionType.TISC), false, "310115"));
        specs.add(new Spec("漕河泾技术与创新支持中心", List.of(InstitutionType.TISC), false, "310104"));
        specs.add(new Spec("嘉定工业区技术与创新支持中心", List.of(InstitutionType.TISC), false, "310114"));
        DistrictProfile.ALL.stream().sorted(Comparator.comparingDouble(DistrictProfile::weight).reversed())
                .limit(WORKSTATION_DISTRICTS)
                .forEach(d -> specs.add(new Spec(d.district().name() + "知识产权维权援助工作站",
                        List.of(InstitutionType.RIGHTS_WORKSTATION), false, d.adcode())));
        specs.add(new Spec("上海市海外知识产权纠纷应对指导中心", List.of(InstitutionType.OVERSEAS_DISPUTE_CENTRE), false,
                "310104"));
        specs.add(new Spec("上海市海外知识产权纠纷应对指导中心临港分中心", List.of(InstitutionType.OVERSEAS_DISPUTE_CENTRE),
                false, "310115"));
        Weighted<DistrictProfile> districts = Weighted.of(DistrictProfile.ALL, DistrictProfile::weight);
        for (int i = 0; i < AGENCIES; i++) {
            String name = agencyName(random, i);
            while (names(specs).contains(name)) {
                name = agencyName(random, i);
            }
            specs.add(new Spec(name, List.of(InstitutionType.PATENT_AGENCY), false, districts.pick(random).adcode()));
        }
        specs.add(new Spec("张江科创板拟上市企业知识产权服务站", List.of(InstitutionType.PRE_IPO_STATION), false, "310115"));
        specs.add(new Spec("闵行科创板拟上市企业知识产权服务站", List.of(InstitutionType.PRE_IPO_STATION), false, "310112"));
        specs.add(new Spec("嘉定科创板拟上市企业知识产权服务站", List.of(InstitutionType.PRE_IPO_STATION), false, "310114"));
        specs.add(new Spec("上海市知识产权培训基地（张江）", List.of(InstitutionType.TRAINING_BASE), false, "310115"));
        specs.add(new Spec("上海市知识产权培训基地（松江大学城）", List.of(InstitutionType.TRAINING_BASE), false, "310117"));
        return specs;
    }

    private static String agencyName(RandomGenerator random, int i) {
        return "上海" + CompanyNames.brand(random).hanzi() + (i % 2 == 0 ? "专利代理事务所（普通合伙）" : "知识产权代理有限公司");
    }

    private static List<String> names(List<Spec> specs) {
        return specs.stream().map(Spec::name).toList();
    }
}
