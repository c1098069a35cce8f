package cn.ipbridge.api.topics;

import org.neo4j.driver.Driver;
import org.springframework.stereotype.Service;

import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.api.system.Neo4jSettings;
import cn.ipbridge.api.security.Caller;
import cn.ipbridge.graph.write.TopicWriter;

/** Defines and refreshes topics through {@link TopicWriter}; checks come first, so a refused call writes nothing. */
@Service
class TopicService {

    private final TopicQueries queries;
    private final TopicWriter writer;

    TopicService(TopicQueries queries, Driver driver, Neo4jSettings neo4j) {
        this.queries = queries;
        this.writer = new TopicWriter(driver, neo4j.database());
    }

    Topic define(String name, TopicQuery query) {
        String checked = checkedName(name);
        if (query == null) {
            throw new BadArgumentException("query", "must be given");
        }
        writer.define(checked, query.definition(), Caller.auditName());
        return queries.byName(checked).orElseThrow();
    }

    Topic refresh(String name) {
        if (writer.refresh(checkedName(name)).isEmpty()) {
            throw new BadArgumentException("name", "no topic named " + name);
        }
        return queries.byName(name.trim()).orElseThrow();
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new BadArgumentException("name", "must not be blank");
        }
        return name.trim();
    }
}
