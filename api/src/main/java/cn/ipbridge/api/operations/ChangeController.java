package cn.ipbridge.api.operations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.security.RowScope;
import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.api.system.Connection;
import cn.ipbridge.api.system.Page;

/**
 * Resolves {@code changes}: the audit trail, filtered by entity, key and time; a DISTRICT's only about its firms and
 * events (ChangeQueries).
 */
@Controller
class ChangeController {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ChangeQueries queries;

    ChangeController(ChangeQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    Connection<Change> changes(@Argument String entity, @Argument String key, @Argument String since,
                               @Argument Integer first, @Argument String after) {
        return queries.changes(blankToNull(entity), blankToNull(key), since(since), Page.of(first, after),
                RowScope.current());
    }

    /** A date-time with offset ({@code 2026-07-01T09:00:00+08:00}) or a date (midnight in Shanghai). */
    private static ZonedDateTime since(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return since.length() == 10 ? LocalDate.parse(since).atStartOfDay(SHANGHAI)
                    : OffsetDateTime.parse(since).toZonedDateTime();
        } catch (DateTimeParseException e) {
            throw new BadArgumentException("since", "not a date (yyyy-MM-dd) or ISO-8601 date-time: " + since);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
