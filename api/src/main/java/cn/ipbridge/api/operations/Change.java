package cn.ipbridge.api.operations;

import java.util.Map;

import org.neo4j.driver.Value;

import cn.ipbridge.api.system.Values;

/** One audit-trail entry: who changed which record when, and the record before and after as JSON text. */
record Change(String id, String at, String actor, String action, String entity, String key, String before,
              String after) {

    static Change from(Map<String, Object> c) {
        return new Change((String) c.get("id"), String.valueOf(c.get("at")), (String) c.get("actor"),
                (String) c.get("action"), (String) c.get("entity"), (String) c.get("key"), (String) c.get("before"),
                (String) c.get("after"));
    }

    static Change from(Value c) {
        return new Change(Values.string(c, "id"), c.get("at").asZonedDateTime().toString(),
                Values.string(c, "actor"), Values.string(c, "action"), Values.string(c, "entity"),
                Values.string(c, "key"), Values.string(c, "before"), Values.string(c, "after"));
    }
}
