package cn.ipbridge.api.importing;

import org.neo4j.driver.Value;

/** The {@code ImportRecord} GraphQL type: an {@code Import} node. Counts are null until the import completed. */
record RecordedImport(String id, String fileName, String sha256, String kind, String by, String state,
                      String startedAt, String finishedAt, Long rowsRead, Long created, Long updated, Long unchanged,
                      Long rejected, String error) {

    static final String PROJECTION = """
            i {.id, .fileName, .sha256, .kind, .by, .state, .rowsRead, .created, .updated, .unchanged, .rejected,
               .error, startedAt: toString(i.startedAt), finishedAt: toString(i.finishedAt)}""";

    static RecordedImport from(Value v) {
        return new RecordedImport(v.get("id").asString(), v.get("fileName").asString(), v.get("sha256").asString(),
                v.get("kind").asString(), v.get("by").asString(), v.get("state").asString(),
                v.get("startedAt").asString(), v.get("finishedAt").asString(null), count(v, "rowsRead"),
                count(v, "created"), count(v, "updated"), count(v, "unchanged"), count(v, "rejected"),
                v.get("error").asString(null));
    }

    private static Long count(Value v, String key) {
        return v.get(key).isNull() ? null : v.get(key).asLong();
    }
}
