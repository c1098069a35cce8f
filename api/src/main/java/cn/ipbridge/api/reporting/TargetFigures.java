package cn.ipbridge.api.reporting;

import org.neo4j.driver.Record;

/** What the graph holds for the targets on a date (see {@link TargetQueries}). */
record TargetFigures(long trainingSessions, long trainees, long keyFirms, long keyFirmsVisitedInTime,
                     long srdiFirms, long srdiFirmsServed) {

    static TargetFigures from(Record r) {
        return new TargetFigures(r.get("trainingSessions").asLong(), r.get("trainees").asLong(),
                r.get("keyFirms").asLong(), r.get("keyFirmsVisitedInTime").asLong(), r.get("srdiFirms").asLong(),
                r.get("srdiFirmsServed").asLong());
    }
}
