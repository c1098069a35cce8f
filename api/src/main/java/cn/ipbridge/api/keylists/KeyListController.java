package cn.ipbridge.api.keylists;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.security.RowScope;
import cn.ipbridge.api.system.BoundedArgument;
import cn.ipbridge.api.system.Connection;
import cn.ipbridge.api.system.Page;

/**
 * Resolves {@code keyList}, {@code officers} (to pick one for a list), the key-list mutations and
 * {@code KeyList.members}. A request holds at most a few
 * lists, so members are read per list (a query each) rather than batched.
 */
@Controller
class KeyListController {

    private final KeyListService service;
    private final KeyListQueries queries;
    private final OfficerDirectory officers;

    KeyListController(KeyListService service, KeyListQueries queries, OfficerDirectory officers) {
        this.service = service;
        this.queries = queries;
        this.officers = officers;
    }

    @QueryMapping
    KeyList keyList(@Argument String name) {
        return queries.byName(name, RowScope.current()).orElse(null);
    }

    @QueryMapping
    List<KeyList.Officer> officers(@Argument String search, @Argument Integer first) {
        return officers.find(search, BoundedArgument.of("first", first, 20, 1, OfficerDirectory.MAX_FIRST));
    }

    @MutationMapping
    KeyList saveKeyList(@Argument String name, @Argument KeySegment segment, @Argument String industry) {
        return service.save(name, segment, industry);
    }

    @MutationMapping
    KeyList assignOfficerToKeyList(@Argument String listName, @Argument String officerId) {
        return service.assignOfficer(listName, officerId);
    }

    @SchemaMapping(typeName = "KeyList")
    Connection<Enterprise> members(KeyList list, @Argument Integer first, @Argument String after) {
        return queries.members(list.name(), list.size(), Page.of(first, after), RowScope.current());
    }
}
