package cn.ipbridge.api.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import cn.ipbridge.api.support.GraphQlTestBase;
import cn.ipbridge.api.support.SmallGraph;
import cn.ipbridge.graph.model.Attendance;
import cn.ipbridge.graph.model.Event;
import cn.ipbridge.graph.model.EventKind;
import cn.ipbridge.graph.model.Officer;
import cn.ipbridge.graph.model.Visit;
import cn.ipbridge.graph.write.GraphWriter;
import cn.ipbridge.graph.write.WriteProgress;

/**
 * Targets, and the half-year report's training and visit figures, on a hand-built year, 2031, over {@link SmallGraph} in a database of its own: 13 training sessions of 50
 * trainees each (650), 7 of them by 30 June; key firms 微电子 (visited in Q1 and Q2), 芯联 (Q1 only, then 5 July)
 * and 康华 (never); 2 of the 3 SRDI firms served.
 */
@TestPropertySource(properties = {"ipbridge.dataset.size=none", "ipbridge.targets.trainees=600"})
class TargetProgressIT extends GraphQlTestBase {

    @Autowired
    private Driver driver;

    @BeforeEach
    void writeTheYearOnce() {
        if (driver.executableQuery("MATCH (o:Officer {id: 'TGT-O1'}) RETURN count(o) AS n").execute()
                .records().get(0).get("n").asLong() > 0) {
            return;
        }
        SmallGraph.write(driver);
        GraphWriter graph = new GraphWriter(driver, null);
        graph.operations().officers(List.of(
                new Officer("TGT-O1", "王特派", "310115", List.of(SmallGraph.MICRO, SmallGraph.XINLIAN)),
                new Officer("TGT-O2", "李特派", "310110", List.of(SmallGraph.XINLIAN, SmallGraph.KANGHUA))),
                WriteProgress.NONE);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            events.add(event("TGT-T" + i, EventKind.TRAINING, LocalDate.of(2031, 1, 10).plusDays(27L * i), 25));
        }
        events.add(event("TGT-M1", EventKind.MATCHMAKING, LocalDate.of(2031, 3, 1), 500));
        events.add(event("TGT-T-OLD", EventKind.TRAINING, LocalDate.of(2030, 12, 31), 500));
        graph.operations().events(events, WriteProgress.NONE);
        graph.operations().visits(List.of(
                visit("TGT-V1", "TGT-O1", SmallGraph.MICRO, LocalDate.of(2031, 2, 10)),
                visit("TGT-V2", "TGT-O1", SmallGraph.MICRO, LocalDate.of(2031, 5, 10)),
                visit("TGT-V3", "TGT-O2", SmallGraph.XINLIAN, LocalDate.of(2031, 2, 20)),
                visit("TGT-V4", "TGT-O1", SmallGraph.XINLIAN, LocalDate.of(2031, 7, 5))), WriteProgress.NONE);
    }

    @Test
    void aWholeYearMeetsTheTrainingTargets() {
        var year = graphQl.documentName("targetProgress").variable("date", "2031-12-31").execute();
        year.path("targetProgress[*].target").entityList(String.class)
                .containsExactly("TRAINING_SESSIONS", "TRAINEES", "KEY_FIRM_VISITS", "SRDI_FIRMS_SERVED");
        year.path("targetProgress[0]").entity(Map.class).satisfies(t -> assertThat(t)
                .containsEntry("from", "2031-01-01").containsEntry("to", "2031-12-31")
                .containsEntry("goal", 12.0).containsEntry("actual", 13.0).containsEntry("met", true)
                .containsEntry("onTrack", true).containsEntry("label", "全年开展知识产权培训不少于12场"));
        year.path("targetProgress[1]").entity(Map.class).satisfies(t -> assertThat(t)
                .containsEntry("goal", 600.0).containsEntry("actual", 650.0).containsEntry("met", true));
        year.path("targetProgress[1].share").entity(Double.class).satisfies(s -> assertThat(s).isCloseTo(650.0 / 600,
                org.assertj.core.data.Offset.offset(1e-9)));
    }

    @Test
    void halfwayThroughTheYearTrainingIsOnTrackButNotMetAndAKeyFirmIsOverdue() {
        var june = graphQl.documentName("targetProgress").variable("date", "2031-06-30").execute();
        june.path("targetProgress[0]").entity(Map.class).satisfies(t -> assertThat(t)
                .containsEntry("actual", 7.0).containsEntry("met", false).containsEntry("onTrack", true));
        june.path("targetProgress[1]").entity(Map.class).satisfies(t -> assertThat(t)
                .containsEntry("actual", 350.0).containsEntry("met", false).containsEntry("onTrack", true));
        june.path("targetProgress[1].expected").entity(Double.class)
                .satisfies(e -> assertThat(e).isCloseTo(600.0 * 181 / 365, org.assertj.core.data.Offset.offset(1e-9)));
        june.path("targetProgress[2]").entity(Map.class).satisfies(t -> assertThat(t)
                .containsEntry("from", "2031-04-01").containsEntry("goal", 3.0).containsEntry("actual", 1.0)
                .containsEntry("met", false).containsEntry("onTrack", false));
        june.path("targetProgress[3]").entity(Map.class).satisfies(t -> assertThat(t)
                .containsEntry("actual", 2.0).containsEntry("met", true).containsEntry("label",
                        "获得服务机构服务的专精特新企业占比不低于60%"));
        june.path("targetProgress[3].goal").entity(Double.class)
                .satisfies(g -> assertThat(g).isCloseTo(1.8, org.assertj.core.data.Offset.offset(1e-9)));
    }

    @Test
    void listsOverdueKeyFirmsNeverVisitedFirstWithTheirOfficersAPageAtATime() {
        var first = graphQl.documentName("overdueVisits").variable("date", "2031-06-30").variable("first", 1)
                .execute();
        first.path("overdueVisits.totalCount").entity(Integer.class).isEqualTo(2);
        first.path("overdueVisits.edges[0].node.enterprise.uscc").entity(String.class).isEqualTo(SmallGraph.KANGHUA);
        first.path("overdueVisits.edges[0].node.lastVisit").valueIsNull();
        first.path("overdueVisits.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        String cursor = first.path("overdueVisits.pageInfo.endCursor").entity(String.class).get();

        var next = graphQl.documentName("overdueVisits").variable("date", "2031-06-30").variable("first", 1)
                .variable("after", cursor).execute();
        next.path("overdueVisits.edges[0].node.enterprise.uscc").entity(String.class).isEqualTo(SmallGraph.XINLIAN);
        next.path("overdueVisits.edges[0].node.lastVisit").entity(String.class).isEqualTo("2031-02-20");
        next.path("overdueVisits.edges[0].node.officers[*].id").entityList(String.class)
                .containsExactly("TGT-O1", "TGT-O2");
        next.path("overdueVisits.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void aLaterVisitCatchesUpAndAQuarterNotYetOverDoesNotCount() {
        graphQl.documentName("overdueVisits").variable("date", "2031-07-10").execute()
                .path("overdueVisits.edges[*].node.enterprise.uscc").entityList(String.class)
                .containsExactly(SmallGraph.KANGHUA);
        graphQl.documentName("overdueVisits").variable("date", "2031-05-15").execute()
                .path("overdueVisits.edges[*].node.enterprise.uscc").entityList(String.class)
                .containsExactly(SmallGraph.KANGHUA);
        graphQl.documentName("targetProgress").variable("date", "2031-03-31").execute()
                .path("targetProgress[2].from").entity(String.class).isEqualTo("2031-01-01");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHalfYearReportOfTheSameYearCountsItsTrainingsAndVisits() {
        var report = graphQl.documentName("halfYearReport").variable("halfYearEnd", "2031-06-30").execute();
        Map<String, Map<String, Object>> figures = new java.util.HashMap<>();
        report.path("halfYearReport.sections[*].figures[*]").entityList(Map.class).get()
                .forEach(f -> figures.put((String) f.get("key"), f));
        assertThat(figures.get("events.TRAINING")).containsEntry("value", 7.0).containsEntry("previous", 1.0)
                .containsEntry("change", 6.0).containsEntry("changeRate", 6.0);
        assertThat(figures.get("events.TRAINING.people")).containsEntry("value", 350.0)
                .containsEntry("previous", 1000.0);
        assertThat(figures.get("events.MATCHMAKING")).containsEntry("value", 1.0).containsEntry("previous", 0.0)
                .containsEntry("changeRate", null);
        assertThat(figures.get("visits")).containsEntry("value", 3.0).containsEntry("previous", 0.0);
        assertThat(figures.get("firmsVisited")).containsEntry("value", 2.0);
        assertThat(figures.get("keyFirms")).containsEntry("value", 3.0).containsEntry("previous", null);
        assertThat(figures.get("cases.PATENT_NAVIGATION")).containsEntry("value", 0.0);
        report.path("halfYearReport.sections[0].lists[1].key").entity(String.class).isEqualTo("trainings");
        report.path("halfYearReport.sections[0].lists[1].total").entity(Integer.class).isEqualTo(7);
        report.path("halfYearReport.sections[0].lists[1].rows[0]").entityList(String.class)
                .containsExactly("2031-01-10", "TGT-T0", SmallGraph.SJTU, "2", "50");
        report.path("halfYearReport.sections[5].lists[0].rows[*][2]").entityList(String.class).hasSize(3);
    }

    private static Event event(String id, EventKind kind, LocalDate date, int headcountEach) {
        return new Event(id, id, kind, date, "310115", SmallGraph.SJTU, List.of(
                new Attendance(SmallGraph.MICRO, headcountEach), new Attendance(SmallGraph.XINLIAN, headcountEach)));
    }

    private static Visit visit(String id, String officer, String uscc, LocalDate date) {
        return new Visit(id, officer, uscc, date, "走访", List.of(), List.of(), null);
    }
}
