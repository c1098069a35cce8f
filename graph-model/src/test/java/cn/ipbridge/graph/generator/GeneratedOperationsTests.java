package cn.ipbridge.graph.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.ipbridge.graph.model.ApplicantKind;
import cn.ipbridge.graph.model.Event;
import cn.ipbridge.graph.model.EventKind;
import cn.ipbridge.graph.model.Institution;
import cn.ipbridge.graph.model.InstitutionType;
import cn.ipbridge.graph.model.LegalStatus;
import cn.ipbridge.graph.model.ListingPlan;
import cn.ipbridge.graph.model.Patent;
import cn.ipbridge.graph.model.PatentType;
import cn.ipbridge.graph.model.ServiceCase;
import cn.ipbridge.graph.model.ServiceCaseKind;
import cn.ipbridge.graph.model.SrdiLevel;
import org.junit.jupiter.api.Test;

/** The demo graph's universities, institutions and year of operations. */
class GeneratedOperationsTests {

    private final GeneratedGraph demo = DemoGraph.GRAPH;
    private final List<Patent> patents = DemoGraph.PATENTS;

    @Test
    void universitiesOwnAboutEightPercentMostlyInventions() {
        List<Patent> owned = patents.stream()
                .filter(p -> p.applicants().get(0).kind() == ApplicantKind.UNIVERSITY).toList();
        assertThat(owned.size() / (double) patents.size()).isBetween(0.06, 0.10);
        assertThat(owned.stream().filter(p -> p.type() == PatentType.INVENTION).count() / (double) owned.size())
                .isGreaterThan(0.75);
        assertThat(owned).anyMatch(Patent::openLicence);
        assertThat(demo.transfers()).isNotEmpty()
                .anyMatch(t -> t.licence()).anyMatch(t -> !t.licence());
    }

    @Test
    void everyInstitutionTypeAndCaseKindIsThere() {
        for (InstitutionType type : InstitutionType.values()) {
            assertThat(demo.institutions()).as(type.name()).anyMatch(i -> i.types().contains(type));
        }
        assertThat(demo.institutions().stream().map(Institution::name).distinct()).hasSize(demo.institutions().size());
        assertThat(demo.serviceCases().stream().map(ServiceCase::kind).distinct())
                .containsExactlyInAnyOrder(ServiceCaseKind.values());
        assertThat(demo.serviceCases()).anyMatch(c -> c.closed() == null);
    }

    @Test
    void aYearOfTrainingReachesOverSixHundredPeople() {
        List<Event> trainings = demo.events().stream().filter(e -> e.kind() == EventKind.TRAINING).toList();
        assertThat(trainings).hasSizeGreaterThanOrEqualTo(12);
        assertThat(trainings).allSatisfy(e -> assertThat(e.date())
                .isBetween(OperationsYear.START, OperationsYear.REFERENCE_DATE));
        int people = trainings.stream().flatMap(e -> e.attendance().stream()).mapToInt(a -> a.headcount()).sum();
        assertThat(people).isGreaterThan(600);
    }

    @Test
    void aboutHalfTheFirmsAreServed() {
        long served = demo.serviceLinks().stream().map(s -> s.enterpriseUscc()).distinct().count();
        assertThat(served / 300.0).isBetween(0.35, 0.65);
    }

    @Test
    void pledgeLoansAreSecuredByTheBorrowersGrantedInventions() {
        Map<String, Patent> byNumber = new HashMap<>();
        patents.forEach(p -> byNumber.put(p.applicationNumber(), p));
        assertThat(demo.deals()).isNotEmpty();
        demo.deals().stream().filter(d -> !d.pledgedPatents().isEmpty()).forEach(d ->
                assertThat(d.pledgedPatents()).allSatisfy(number -> {
                    Patent p = byNumber.get(number);
                    assertThat(p.type()).isEqualTo(PatentType.INVENTION);
                    assertThat(p.legalStatus()).isEqualTo(LegalStatus.GRANTED);
                    assertThat(p.applicants().get(0).key()).isEqualTo(d.enterpriseUscc());
                }));
    }

    @Test
    void officersCoverTheKeyFirmsAndVisitThemInTheYear() {
        Set<String> assigned = new HashSet<>();
        demo.officers().forEach(o -> assigned.addAll(o.assignedUsccs()));
        long key = demo.enterprises().stream().filter(e -> e.srdiLevel() == SrdiLevel.LITTLE_GIANT
                || e.listingPlan() == ListingPlan.STAR_CANDIDATE).count();
        assertThat(assigned).hasSize((int) key);
        assertThat(demo.visits()).allSatisfy(v -> assertThat(v.date())
                .isBetween(OperationsYear.START.minusDays(2), OperationsYear.REFERENCE_DATE));
        assertThat(demo.visits().stream().map(v -> v.enterpriseUscc()).distinct().count())
                .isGreaterThan(key * 8 / 10);
    }

    @Test
    void demoYearHasEveryRecordKindTheReportsCount() {
        assertThat(demo.serviceCases()).extracting(ServiceCase::kind).contains(ServiceCaseKind.values());
        assertThat(demo.serviceCases()).filteredOn(c -> c.kind() == ServiceCaseKind.PRIORITY_EXAMINATION)
                .allMatch(c -> Set.of("RECOMMENDED", "ACCEPTED", "REJECTED").contains(c.outcome()));
        assertThat(demo.bestCases()).isNotEmpty().allMatch(b -> b.sourceId() != null && !b.writeUp().isBlank());
        assertThat(demo.notices()).hasSize(24).allMatch(n -> !n.industries().isEmpty() || !n.districts().isEmpty()
                || !n.srdiLevels().isEmpty());
        assertThat(demo.events()).allMatch(e -> e.registrations().size() >= e.attendance().size());
        assertThat(demo.visits()).anyMatch(v -> v.followsUpVisitId() != null);
        List<cn.ipbridge.graph.model.Trademark> marks = new java.util.ArrayList<>();
        demo.trademarks().forEach(marks::add);
        assertThat(marks).filteredOn(cn.ipbridge.graph.model.Trademark::keyProtection).isNotEmpty()
                .allMatch(t -> t.keyProtectionSince() != null
                        && !t.keyProtectionSince().isAfter(OperationsYear.REFERENCE_DATE));
    }
}
