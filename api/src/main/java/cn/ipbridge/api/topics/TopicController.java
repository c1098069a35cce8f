package cn.ipbridge.api.topics;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.patent.Patent;
import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.api.system.Connection;
import cn.ipbridge.api.system.Page;

/**
 * Resolves {@code topic}, the topic mutations and the fields of {@code Topic}. A request holds one topic, so its
 * statistics and patents are a query each rather than batched.
 */
@Controller
class TopicController {

    private final TopicService service;
    private final TopicQueries queries;

    TopicController(TopicService service, TopicQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @QueryMapping
    Topic topic(@Argument String name) {
        return queries.byName(name).orElse(null);
    }

    @MutationMapping
    Topic defineTopic(@Argument String name, @Argument TopicQuery query) {
        return service.define(name, query);
    }

    @MutationMapping
    Topic refreshTopic(@Argument String name) {
        return service.refresh(name);
    }

    @SchemaMapping(typeName = "Topic")
    TopicStatistics statistics(Topic topic, @Argument Integer top) {
        int n = top == null ? 10 : top;
        if (n < 1 || n > 100) {
            throw new BadArgumentException("top", "must be between 1 and 100, was " + n);
        }
        return queries.statistics(topic.name(), n);
    }

    @SchemaMapping(typeName = "Topic")
    Connection<Patent> patents(Topic topic, @Argument Integer first, @Argument String after) {
        return queries.patents(topic.name(), Page.of(first, after), topic.size() == null ? 0L : topic.size());
    }
}
