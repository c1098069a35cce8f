package cn.ipbridge.api.statistics;

import java.util.List;

import org.neo4j.driver.Record;

/** The programme's headline numbers; the year-scoped ones (events, trainees, visits) are for {@code year}. */
public record ProgrammeKpis(
        int year,
        long enterprises,
        List<Count> enterprisesBySrdiLevel,
        long gbt29490Certified,
        long patents,
        List<Count> patentsByType,
        List<Count> patentsByLegalStatus,
        long grantedInventions,
        long trademarks,
        long institutions,
        long universities,
        long funders,
        long deals,
        double dealAmount,
        long events,
        long trainingEvents,
        long trainees,
        long visits,
        long firmsVisited,
        long firmsServed) {

    static ProgrammeKpis from(Record r) {
        return new ProgrammeKpis(r.get("year").asInt(), r.get("enterprises").asLong(),
                Count.listFrom(r.get("enterprisesBySrdiLevel")), r.get("gbt29490Certified").asLong(),
                r.get("patents").asLong(), Count.listFrom(r.get("patentsByType")),
                Count.listFrom(r.get("patentsByLegalStatus")), r.get("grantedInventions").asLong(),
                r.get("trademarks").asLong(), r.get("institutions").asLong(), r.get("universities").asLong(),
                r.get("funders").asLong(), r.get("deals").asLong(), r.get("dealAmount").asDouble(),
                r.get("events").asLong(), r.get("trainingEvents").asLong(), r.get("trainees").asLong(),
                r.get("visits").asLong(), r.get("firmsVisited").asLong(), r.get("firmsServed").asLong());
    }
}
