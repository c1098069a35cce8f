package cn.ipbridge.api.taxonomy;

import org.neo4j.driver.Value;

import cn.ipbridge.api.system.Values;

/** A strategic industry as the API shows it. */
public record Industry(String code, String name, String nameEn) {

    /** From a map projection {@code i {.code, .name, .nameEn}}; null for a null value. */
    public static Industry from(Value i) {
        return i == null || i.isNull() ? null
                : new Industry(Values.string(i, "code"), Values.string(i, "name"), Values.string(i, "nameEn"));
    }
}
