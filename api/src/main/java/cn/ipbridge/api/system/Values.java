package cn.ipbridge.api.system;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Value;

/** Reads typed fields out of a Neo4j map value (a Cypher map projection), treating missing as null. */
public final class Values {

    private Values() {
    }

    public static String string(Value map, String key) {
        Value v = map.get(key);
        return v.isNull() ? null : v.asString();
    }

    public static Integer integer(Value map, String key) {
        Value v = map.get(key);
        return v.isNull() ? null : v.asInt();
    }

    public static Long number(Value map, String key) {
        Value v = map.get(key);
        return v.isNull() ? null : v.asLong();
    }

    public static Double decimal(Value map, String key) {
        Value v = map.get(key);
        return v.isNull() ? null : v.asDouble();
    }

    public static boolean flag(Value map, String key) {
        Value v = map.get(key);
        return !v.isNull() && v.asBoolean();
    }

    public static LocalDate date(Value map, String key) {
        Value v = map.get(key);
        return v.isNull() ? null : v.asLocalDate();
    }

    public static List<String> strings(Value map, String key) {
        Value v = map.get(key);
        return v.isNull() ? List.of() : v.asList(Value::asString);
    }

    public static List<Integer> integers(Value map, String key) {
        Value v = map.get(key);
        return v.isNull() ? List.of() : v.asList(Value::asInt);
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, Value map, String key) {
        String name = string(map, key);
        return name == null ? null : Enum.valueOf(type, name);
    }

    public static <E extends Enum<E>> List<E> enums(Class<E> type, Value map, String key) {
        return strings(map, key).stream().map(name -> Enum.valueOf(type, name)).toList();
    }
}
