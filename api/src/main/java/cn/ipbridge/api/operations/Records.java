package cn.ipbridge.api.operations;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;

import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.api.system.Neo4jSettings;
import cn.ipbridge.graph.write.RecordRefusedException;
import cn.ipbridge.graph.write.RecordWriter;

/**
 * Runs a record write through graph-model's {@link RecordWriter} and shapes the payload: the record under its
 * name and the audit {@link Change}. A refusal inside the transaction becomes an error naming the input field.
 */
@Component
class Records {

    private final RecordWriter writer;

    Records(Driver driver, Neo4jSettings neo4j) {
        this.writer = new RecordWriter(driver, neo4j.database());
    }

    Map<String, Object> write(String name, Function<RecordWriter, cn.ipbridge.graph.write.Recorded> write) {
        cn.ipbridge.graph.write.Recorded recorded;
        try {
            recorded = write.apply(writer);
        } catch (RecordRefusedException e) {
            throw new BadArgumentException(Fields.name(e.field()), e.getMessage());
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put(name, recorded.record());
        payload.put("change", Change.from(recorded.change()));
        return payload;
    }
}
