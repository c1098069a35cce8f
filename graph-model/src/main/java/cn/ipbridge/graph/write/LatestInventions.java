package cn.ipbridge.graph.write;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A firm's most recently filed granted inventions, part of its derived profile ({@code latestGrantedInventions} on
 * the {@code Enterprise}): at most {@link #KEPT} entries {@code "2024-03-01 202410123456.7"} (filing date, a space,
 * application number; no date when the patent has none), newest first, then by application number. IP-pledge
 * matchmaking reads these instead of every patent of a firm with thousands (api PledgeQueries takes the application
 * number after the space, so the format is theirs too).
 */
public final class LatestInventions {

    public static final int KEPT = 10;

    /** Newest filing date first, undated last; then by application number. */
    private static final Comparator<String> ORDER = Comparator.comparing((String e) -> date(e), Comparator.reverseOrder())
            .thenComparing(LatestInventions::applicationNumber);

    private LatestInventions() {
    }

    /** The entry of a patent: its filing date ({@code null} if none) and application number. */
    public static String entry(Object filingDate, String applicationNumber) {
        return (filingDate == null ? "" : filingDate.toString()) + " " + applicationNumber;
    }

    /** The entries of both lists that are kept, in order. */
    static List<String> merged(List<String> a, List<String> b) {
        return kept(Stream.concat(a.stream(), b.stream()));
    }

    /** The entries that are kept, in order. */
    static List<String> kept(Stream<String> entries) {
        return entries.distinct().sorted(ORDER).limit(KEPT).toList();
    }

    private static String date(String entry) {
        return entry.substring(0, entry.indexOf(' '));
    }

    private static String applicationNumber(String entry) {
        return entry.substring(entry.indexOf(' ') + 1);
    }
}
