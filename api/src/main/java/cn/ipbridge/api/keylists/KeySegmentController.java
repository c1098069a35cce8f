package cn.ipbridge.api.keylists;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.system.Connection;
import cn.ipbridge.api.system.Page;

/** Resolves {@code keySegments} and pages each segment's members from the one read that made the segments. */
@Controller
class KeySegmentController {

    private final KeySegments segments;

    KeySegmentController(KeySegments segments) {
        this.segments = segments;
    }

    @QueryMapping
    List<SegmentGroup> keySegments(@Argument String industry) {
        return segments.groups(industry, "industry");
    }

    @SchemaMapping(typeName = "KeySegmentGroup")
    String description(SegmentGroup group) {
        return group.segment().description();
    }

    @SchemaMapping(typeName = "KeySegmentGroup")
    int count(SegmentGroup group) {
        return group.members().size();
    }

    @SchemaMapping(typeName = "KeySegmentGroup")
    Connection<Enterprise> members(SegmentGroup group, @Argument Integer first, @Argument String after) {
        Page page = Page.of(first, after);
        List<Enterprise> all = group.members();
        int from = (int) Math.min(page.offset(), all.size());
        return Connection.of(all.subList(from, Math.min(all.size(), from + page.first() + 1)), page,
                (long) all.size());
    }
}
