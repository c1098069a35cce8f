package cn.ipbridge.api.topics;

import org.neo4j.driver.Value;

import cn.ipbridge.api.system.Values;

/** A topic: its name, defining query and, once refreshed, how many patents it holds. */
record Topic(String name, TopicQuery query, Integer size, String refreshed) {

    static final String PROJECTION = "t {.*, refreshed: toString(t.refreshed)}";

    static Topic from(Value t) {
        return new Topic(Values.string(t, "name"), TopicQuery.from(t), Values.integer(t, "size"),
                Values.string(t, "refreshed"));
    }
}
