package cn.ipbridge.api.keylists;

import org.neo4j.driver.Driver;
import org.springframework.stereotype.Service;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.api.system.Neo4jSettings;
import cn.ipbridge.api.security.Caller;
import cn.ipbridge.api.security.RowScope;
import cn.ipbridge.graph.write.KeyListWriter;

/**
 * Saves key lists and assigns officers to them through {@link KeyListWriter}: one write transaction each, and
 * every check that can refuse the call comes before it, so a refused mutation writes nothing.
 */
@Service
class KeyListService {

    private final KeySegments segments;
    private final KeyListQueries queries;
    private final KeyListWriter writer;

    KeyListService(KeySegments segments, KeyListQueries queries, Driver driver, Neo4jSettings neo4j) {
        this.segments = segments;
        this.queries = queries;
        this.writer = new KeyListWriter(driver, neo4j.database());
    }

    KeyList save(String name, KeySegment segment, String industry) {
        if (name == null || name.isBlank()) {
            throw new BadArgumentException("name", "must not be blank");
        }
        var members = segments.freshGroup(segment, industry, "industry").members().stream().map(Enterprise::uscc).toList();
        String trimmedIndustry = industry == null || industry.isBlank() ? null : industry.trim();
        if (!writer.create(name.trim(), segment.name(), trimmedIndustry, members, Caller.auditName())) {
            throw new BadArgumentException("name", "a key list named " + name.trim() + " exists already");
        }
        return queries.byName(name.trim(), RowScope.unrestrictedScope()).orElseThrow();
    }

    KeyList assignOfficer(String listName, String officerId) {
        return switch (writer.assign(listName, officerId, Caller.auditName())) {
            case NO_SUCH_LIST -> throw new BadArgumentException("listName", "no key list named " + listName);
            case NO_SUCH_OFFICER -> throw new BadArgumentException("officerId", "no officer with id " + officerId);
            case ASSIGNED -> queries.byName(listName, RowScope.unrestrictedScope()).orElseThrow();
        };
    }
}
