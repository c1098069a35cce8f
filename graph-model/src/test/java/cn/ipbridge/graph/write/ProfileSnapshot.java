package cn.ipbridge.graph.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.ipbridge.graph.database.TestDatabase;

/** Every firm's derived profile as text, to check that what a write left equals what a recomputation gives. */
public final class ProfileSnapshot {

    private static final String READ = """
            MATCH (e:Enterprise)
            RETURN e.uscc + ' ' + toString(e.patentCount) + '/' + toString(e.grantedInventionCount) + '/'
                   + toString(e.lapsedPatentCount) + ' [' + reduce(s = '', l IN e.latestGrantedInventions | s + l + ',')
                   + '] ' + reduce(s = '', l IN COLLECT {
                     MATCH (e)-[a:ACTIVE_IN]->(c) RETURN c.code + ':' + toString(a.patents) + ':' + a.sample AS l
                     ORDER BY l } | s + l + ' ') + '| ' + reduce(s = '', l IN COLLECT {
                     MATCH (e)-[a:ACTIVE_IN_SUBCLASS]->(c) RETURN c.code + ':' + toString(a.patents) AS l
                     ORDER BY l } | s + l + ' ') + '| ' + reduce(s = '', l IN COLLECT {
                     MATCH (e)-[a:IN_FIELDS_OF]->(i)
                     RETURN i.name + ':' + a.institution + ':' + toString(a.patents) + ':' + toString(a.share) AS l
                     ORDER BY l } | s + l + ' ') AS profile
            ORDER BY profile
            """;

    private ProfileSnapshot() {
    }

    public static List<String> of(TestDatabase db) {
        try (var session = db.driver().session()) {
            return session.run(READ).list(r -> r.get("profile").asString(""));
        }
    }

    /** Asserts that recomputing every firm's profile changes none: the profiles were up to date. */
    public static void assertUpToDate(TestDatabase db) {
        List<String> left = of(db);
        new FirmProfileWriter(db.driver(), null).refreshAll(WriteProgress.NONE);
        assertThat(left).as("profiles as the write left them, against recomputed ones").isEqualTo(of(db));
    }
}
