package cn.ipbridge.api.taxonomy;

import org.neo4j.driver.Value;

import cn.ipbridge.api.system.Values;
import cn.ipbridge.graph.taxonomy.IpcLevel;

/** An IPC symbol as the API shows it. */
public record IpcClass(String code, IpcLevel level, String titleZh, String titleEn) {

    /** The properties to project in Cypher: {@code c {.code, .level, .titleZh, .titleEn}}. */
    public static final String PROJECTION = "{.code, .level, .titleZh, .titleEn}";

    public static IpcClass from(Value c) {
        return c == null || c.isNull() ? null
                : new IpcClass(Values.string(c, "code"), Values.enumOf(IpcLevel.class, c, "level"),
                        Values.string(c, "titleZh"), Values.string(c, "titleEn"));
    }
}
