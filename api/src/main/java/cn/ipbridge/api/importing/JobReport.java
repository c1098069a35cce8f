package cn.ipbridge.api.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.neo4j.driver.Value;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import cn.ipbridge.graph.importing.Rejection;

/** The {@code ImportReport} GraphQL type: what an import did, as clients see it. */
record JobReport(String importId, String state, String sha256, long rowsRead, double rowsPerSecond,
                 List<Count> counts, long rejected, List<Rejection> rejections, List<String> ignoredColumns) {

    record Count(String entity, long created, long updated, long unchanged) {
    }

    private static final TypeReference<List<Count>> COUNTS = new TypeReference<>() {
    };
    private static final TypeReference<List<Rejection>> REJECTIONS = new TypeReference<>() {
    };

    /**
     * The report on an {@code ImportJob} node, null until the job's import ended: plain values are properties, the
     * counts and the shown rejections JSON text (ImportJobRecord#finished).
     */
    static JobReport from(Value job, JsonMapper json) {
        if (job.get("reportState").isNull()) {
            return null;
        }
        return new JobReport(job.get("importId").asString(null), job.get("reportState").asString(),
                job.get("sha256").asString(), job.get("rowsRead").asLong(), job.get("rowsPerSecond").asDouble(),
                json.readValue(job.get("counts").asString(), COUNTS), job.get("rejected").asLong(),
                json.readValue(job.get("rejections").asString(), REJECTIONS),
                job.get("ignoredColumns").asList(Value::asString));
    }

    /** A completed import as its {@code Import} node records it: totals over every entity, under {@code all}. */
    static JobReport of(RecordedImport node) {
        double seconds = Math.max(0.001, Duration.between(Instant.parse(node.startedAt()),
                Instant.parse(node.finishedAt())).toMillis() / 1000.0);
        return new JobReport(node.id(), node.state(), node.sha256(), node.rowsRead(), node.rowsRead() / seconds,
                List.of(new Count("all", node.created(), node.updated(), node.unchanged())), node.rejected(),
                List.of(), List.of());
    }
}
