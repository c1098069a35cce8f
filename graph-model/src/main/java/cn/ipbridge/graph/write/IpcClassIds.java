package cn.ipbridge.graph.write;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

/**
 * The element ids of IPC classes by code, each with the subclass at or above it (none above a class or section),
 * read once per code for one profile write ({@link FirmProfileWriter}) however many batches it takes.
 */
final class IpcClassIds {

    /** A class and the subclass at or above it (null if none). */
    record Ids(String id, String subclass) {
    }

    private static final String READ = """
            UNWIND $codes AS code
            MATCH (c:IpcClass {code: code})
            OPTIONAL MATCH (c)-[:PARENT*0..3]->(s:IpcClass {level: 'SUBCLASS'})
            RETURN code, elementId(c) AS id, elementId(s) AS subclass
            """;

    private final Map<String, Ids> byCode = new HashMap<>();

    /** Reads the codes not read yet; a code the taxonomy lacks stays unknown. */
    void read(TransactionContext tx, Collection<String> codes) {
        List<String> unread = codes.stream().distinct().filter(c -> !byCode.containsKey(c)).toList();
        if (!unread.isEmpty()) {
            tx.run(READ, Map.of("codes", unread)).forEachRemaining(r -> byCode.put(r.get("code").asString(),
                    new Ids(r.get("id").asString(), r.get("subclass").asString(null))));
        }
    }

    /** The ids of a code read before, or null if the taxonomy lacks it. */
    Ids of(String code) {
        return byCode.get(code);
    }
}
