package cn.ipbridge.api.system;

import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Turns what a person typed into a Lucene query that matches it literally: each whitespace-separated term becomes
 * a quoted phrase (so the cjk analyzer's bigrams must appear together, i.e. a substring match) and all terms must
 * match. Inside quotes only {@code "} and {@code \} are special, and both are escaped, so Lucene syntax in the
 * input can neither break nor widen the query.
 */
public final class FullTextQuery {

    public static final int MAX_LENGTH = 200;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private FullTextQuery() {
    }

    public static String of(String argument, String text) {
        if (text == null || text.isBlank()) {
            throw new BadArgumentException(argument, "must not be blank");
        }
        if (text.length() > MAX_LENGTH) {
            throw new BadArgumentException(argument, "must be at most " + MAX_LENGTH + " characters");
        }
        StringJoiner query = new StringJoiner(" AND ");
        for (String term : WHITESPACE.split(text.trim())) {
            query.add('"' + term.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }
        return query.toString();
    }
}
