package cn.ipbridge.graph.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.ipbridge.graph.identifier.ApplicationNumber;
import cn.ipbridge.graph.identifier.CreditCode;
import cn.ipbridge.graph.identifier.PublicationNumber;
import cn.ipbridge.graph.model.ApplicantKind;
import cn.ipbridge.graph.model.Enterprise;
import cn.ipbridge.graph.model.LegalStatus;
import cn.ipbridge.graph.model.Patent;
import cn.ipbridge.graph.model.PatentType;
import cn.ipbridge.graph.model.SrdiLevel;
import cn.ipbridge.graph.taxonomy.IpcScheme;
import org.junit.jupiter.api.Test;

/** Determinism, identifiers, sizes and the shapes of the distributions, on the demo graph. */
class GraphGeneratorTests {

    private final IpcScheme scheme = DemoGraph.SCHEME;
    private final GeneratedGraph demo = DemoGraph.GRAPH;
    private final List<Patent> patents = DemoGraph.PATENTS;

    @Test
    void sameSeedGivesTheSameGraphAndAnotherSeedAnother() {
        GenerationPlan plan = DatasetSize.DEMO.plan();
        String first = GraphDigest.of(demo);
        String again = GraphDigest.of(new GraphGenerator(plan, DemoGraph.SEED, scheme).generate());
        String other = GraphDigest.of(new GraphGenerator(plan, DemoGraph.SEED + 1, scheme).generate());
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void readingAPartTwiceGivesTheSameRecords() {
        assertThat(GraphDigest.of(demo)).isEqualTo(GraphDigest.of(demo));
    }

    @Test
    void demoHasAbout300FirmsAndTheirPatents() {
        assertThat(demo.enterprises()).hasSize(300);
        assertThat(patents).hasSizeBetween(4_500, 8_000);
    }

    @Test
    void creditCodesAreValidUniqueAndCarryTheDistrict() {
        for (Enterprise e : demo.enterprises()) {
            CreditCode code = CreditCode.parse(e.uscc());
            assertThat(code.value()).isEqualTo(e.uscc()).startsWith("91");
            assertThat(code.divisionCode()).isEqualTo(e.districtAdcode());
        }
        assertThat(demo.enterprises().stream().map(Enterprise::uscc).distinct()).hasSize(300);
        assertThat(demo.enterprises().stream().map(Enterprise::name).distinct()).hasSize(300);
    }

    @Test
    void applicationAndPublicationNumbersAreValidUniqueAndAgreeWithThePatent() {
        Set<String> seen = new HashSet<>();
        Set<String> published = new HashSet<>();
        for (Patent p : patents) {
            ApplicationNumber number = ApplicationNumber.parse(p.applicationNumber());
            assertThat(number.normalised()).isEqualTo(p.applicationNumber());
            assertThat(number.filingYear()).isEqualTo(p.filingDate().getYear());
            assertThat(number.patentType()).isEqualTo(p.type());
            assertThat(seen.add(p.applicationNumber())).as("unique %s", p.applicationNumber()).isTrue();
            if (p.publicationNumber() != null) {
                PublicationNumber publication = PublicationNumber.parse(p.publicationNumber());
                assertThat(publication.kind()).isEqualTo(expectedKind(p));
                assertThat(published.add(p.publicationNumber())).isTrue();
            }
        }
    }

    @Test
    void everyIpcCodeIsARealSymbol() {
        Set<String> codes = new HashSet<>();
        patents.forEach(p -> codes.addAll(p.ipcCodes()));
        demo.institutions().forEach(i -> codes.addAll(i.ipcSpecialities()));
        demo.experts().forEach(x -> codes.addAll(x.ipcSpecialities()));
        assertThat(codes).allSatisfy(code -> assertThat(scheme.byCode(code)).as(code).isNotNull());
        assertThat(patents).allSatisfy(p -> assertThat(p.ipcCodes()).hasSizeBetween(1, 3).doesNotHaveDuplicates());
    }

    @Test
    void citationsPointOnlyToOlderPatents() {
        Map<String, LocalDate> filed = new HashMap<>();
        patents.forEach(p -> filed.put(p.applicationNumber(), p.filingDate()));
        long citations = 0;
        for (Patent p : patents) {
            assertThat(p.cites()).hasSizeLessThanOrEqualTo(6).doesNotHaveDuplicates();
            for (String cited : p.cites()) {
                assertThat(filed).containsKey(cited);
                assertThat(filed.get(cited)).isBefore(p.filingDate());
                citations++;
            }
        }
        assertThat(citations).isGreaterThan(patents.size());
    }

    @Test
    void portfoliosAreSkewedMedianWellBelowMean() {
        Map<String, Integer> sizes = new HashMap<>();
        demo.enterprises().forEach(e -> sizes.put(e.uscc(), 0));
        patents.stream().map(p -> p.applicants().get(0))
                .filter(a -> a.kind() == ApplicantKind.ENTERPRISE).forEach(a -> sizes.merge(a.key(), 1, Integer::sum));
        int[] sorted = sizes.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        double mean = Arrays.stream(sorted).average().orElseThrow();
        int median = sorted[sorted.length / 2];
        assertThat(mean).isBetween(14.0, 28.0);
        assertThat(median).isLessThan((int) (mean * 0.75));
        assertThat(sorted[0]).isLessThanOrEqualTo(1);
        assertThat(sorted[sorted.length - 1]).isGreaterThan(100);
    }

    @Test
    void districtsAreWeightedPudongFirstChongmingLast() {
        Map<String, Long> byDistrict = demo.enterprises().stream()
                .collect(Collectors.groupingBy(Enterprise::districtAdcode, TreeMap::new, Collectors.counting()));
        long pudong = byDistrict.get("310115");
        assertThat(byDistrict.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(pudong));
        assertThat(pudong).isGreaterThan(300 / 16 * 2);
        assertThat(byDistrict.getOrDefault("310151", 0L)).isLessThan(pudong / 5);
    }

    @Test
    void levelsAndTypesFollowTheProgrammesMix() {
        long giants = demo.enterprises().stream().filter(e -> e.srdiLevel() == SrdiLevel.LITTLE_GIANT).count();
        assertThat(giants).isBetween(15L, 50L);
        Map<PatentType, Long> types = patents.stream()
                .collect(Collectors.groupingBy(Patent::type, Collectors.counting()));
        assertThat(types.get(PatentType.INVENTION) / (double) patents.size()).isBetween(0.35, 0.58);
        assertThat(types.get(PatentType.DESIGN) / (double) patents.size()).isBetween(0.05, 0.15);
        assertThat(patents).allSatisfy(p -> {
            assertThat(p.grantDate() == null || p.grantDate().isAfter(p.filingDate())).isTrue();
            assertThat(p.filingDate()).isBetween(LocalDate.of(2005, 1, 1), OperationsYear.REFERENCE_DATE);
        });
        assertThat(patents.stream().map(Patent::legalStatus).distinct())
                .containsExactlyInAnyOrder(LegalStatus.values());
    }







    private static String expectedKind(Patent p) {
        return switch (p.type()) {
            case INVENTION -> p.grantDate() == null ? "A" : "B";
            case UTILITY_MODEL -> "U";
            case DESIGN -> "S";
        };
    }
}
