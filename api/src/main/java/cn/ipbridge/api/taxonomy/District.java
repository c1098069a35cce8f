package cn.ipbridge.api.taxonomy;

import org.neo4j.driver.Value;

import cn.ipbridge.api.system.Values;

/** A Shanghai district as the API shows it. */
public record District(String adcode, String name, String nameEn) {

    /** From a map projection {@code d {.adcode, .name, .nameEn}}; null for a null value. */
    public static District from(Value d) {
        return d == null || d.isNull() ? null
                : new District(Values.string(d, "adcode"), Values.string(d, "name"), Values.string(d, "nameEn"));
    }
}
