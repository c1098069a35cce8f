package cn.ipbridge.graph.write;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds one parameter row: enums become their names, nulls are kept (they remove a property on SET). */
final class Row {

    private final Map<String, Object> values = new HashMap<>();

    static Row of() {
        return new Row();
    }

    Row put(String key, Object value) {
        values.put(key, plain(value));
        return this;
    }

    Map<String, Object> map() {
        return values;
    }

    private static Object plain(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(Row::plain).toList();
        }
        return value;
    }

    static List<Map<String, Object>> maps(Collection<Row> rows) {
        return rows.stream().map(Row::map).toList();
    }
}
