package cn.ipbridge.api.topics;

import java.util.List;

import org.neo4j.driver.Value;

import cn.ipbridge.api.system.Values;

/** Counts over a topic's patents: in all, by filing year, type and legal status, and the top applicants and subclasses. */
record TopicStatistics(long count, List<Bucket> byYear, List<Bucket> byType, List<Bucket> byLegalStatus,
                       List<Bucket> topApplicants, List<Bucket> topIpcSubclasses) {

    record Bucket(String key, long count) {
        static Bucket from(Value v) {
            return new Bucket(Values.string(v, "key"), v.get("count").asLong());
        }
    }

    static TopicStatistics from(Value s) {
        return new TopicStatistics(s.get("count").asLong(), s.get("byYear").asList(Bucket::from),
                s.get("byType").asList(Bucket::from), s.get("byLegalStatus").asList(Bucket::from),
                s.get("topApplicants").asList(Bucket::from), s.get("topIpcSubclasses").asList(Bucket::from));
    }
}
