package cn.ipbridge.api.statistics;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import cn.ipbridge.api.support.SmallGraph;
import cn.ipbridge.api.support.SmallGraphTest;
import cn.ipbridge.graph.model.Attendance;
import cn.ipbridge.graph.model.Event;
import cn.ipbridge.graph.model.EventKind;
import cn.ipbridge.graph.model.Officer;
import cn.ipbridge.graph.model.Visit;
import cn.ipbridge.graph.write.GraphWriter;
import cn.ipbridge.graph.write.WriteProgress;

/** The year-scoped KPIs count events, attendance and visits straight from the graph; removed again afterwards. */
class ProgrammeOperationsIT extends SmallGraphTest {

    @Autowired
    private Driver driver;

    @Test
    void countsTheLatestYearsTrainingTraineesAndVisits() {
        GraphWriter graph = new GraphWriter(driver, null);
        graph.operations().officers(List.of(new Officer("OPS-O1", "王特派", "310115", List.of(SmallGraph.MICRO))),
                WriteProgress.NONE);
        graph.operations().events(List.of(
                new Event("OPS-E1", "专利导航培训", EventKind.TRAINING, LocalDate.of(2031, 3, 1), "310115",
                        SmallGraph.SJTU, List.of(new Attendance(SmallGraph.MICRO, 30),
                                new Attendance(SmallGraph.XINLIAN, 20))),
                new Event("OPS-E2", "银企对接会", EventKind.MATCHMAKING, LocalDate.of(2031, 5, 1), "310115",
                        SmallGraph.SJTU, List.of(new Attendance(SmallGraph.MICRO, 2))),
                new Event("OPS-E3", "往年培训", EventKind.TRAINING, LocalDate.of(2030, 5, 1), "310115",
                        SmallGraph.SJTU, List.of(new Attendance(SmallGraph.KANGHUA, 99)))), WriteProgress.NONE);
        graph.operations().visits(List.of(
                visit("OPS-V1", LocalDate.of(2031, 1, 10)), visit("OPS-V2", LocalDate.of(2031, 12, 31)),
                visit("OPS-V3", LocalDate.of(2030, 12, 31))), WriteProgress.NONE);

        var latest = graphQl.documentName("programmeKpis").execute();
        latest.path("programmeKpis.year").entity(Integer.class).isEqualTo(2031);
        latest.path("programmeKpis.events").entity(Integer.class).isEqualTo(2);
        latest.path("programmeKpis.trainingEvents").entity(Integer.class).isEqualTo(1);
        latest.path("programmeKpis.trainees").entity(Integer.class).isEqualTo(50);
        latest.path("programmeKpis.visits").entity(Integer.class).isEqualTo(2);
        latest.path("programmeKpis.firmsVisited").entity(Integer.class).isEqualTo(1);

        var earlier = graphQl.documentName("programmeKpis").variable("year", 2030).execute();
        earlier.path("programmeKpis.trainingEvents").entity(Integer.class).isEqualTo(1);
        earlier.path("programmeKpis.trainees").entity(Integer.class).isEqualTo(99);
        earlier.path("programmeKpis.visits").entity(Integer.class).isEqualTo(1);
    }

    private static Visit visit(String id, LocalDate date) {
        return new Visit(id, "OPS-O1", SmallGraph.MICRO, date, "走访", List.of("专利布局"), List.of(), null);
    }

    @AfterEach
    void removeTheOperations() {
        driver.executableQuery("""
                MATCH (n) WHERE (n:Event OR n:Visit OR n:Officer) AND n.id STARTS WITH 'OPS-'
                DETACH DELETE n
                """).execute();
    }
}
