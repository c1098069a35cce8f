package cn.ipbridge.graph.write;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a {@link ImportEntity#linksOnly() links-only} row says, as one text that the graph can also spell from the
 * links it holds: one line per link ({@code EVENT_ATTENDEE 91310115591693856A 3;}), sorted, kind by kind. It stands
 * in for the stored {@code importHash}: a row whose text equals the graph's is unchanged. Both spellings are here,
 * side by side, so they cannot drift apart; link properties are whole numbers or text (Cypher's {@code toString}
 * and Java's agree on those).
 */
public final class LinkState {

    private LinkState() {
    }

    /** The text of the links a row asks for. */
    public static String of(ImportEntity entity, List<ImportLink> links) {
        StringBuilder text = new StringBuilder();
        for (LinkTarget target : new TreeSet<>(entity.targets())) {
            List<String> lines = new ArrayList<>();
            for (ImportLink link : links) {
                if (link.target() == target) {
                    StringBuilder line = new StringBuilder(target.name()).append(' ').append(link.to());
                    target.properties().forEach(p -> line.append(' ')
                            .append(link.properties().get(p) == null ? "" : String.valueOf(link.properties().get(p))));
                    lines.add(line.toString());
                }
            }
            lines.stream().sorted().forEach(line -> text.append(line).append(';'));
        }
        return text.toString();
    }

    /** The same text as a Cypher expression over the links node {@code n} has now. */
    static String stored(ImportEntity entity) {
        return new TreeSet<>(entity.targets()).stream().map(t -> """
                reduce(s = '', l IN COLLECT {
                  MATCH (n)%s[link:%s]%s(x:%s)
                  RETURN '%s ' + x.%s%s AS line ORDER BY line
                } | s + l + ';')""".formatted(t.incoming() ? "<-" : "-", t.type(), t.incoming() ? "-" : "->",
                t.label(), t.name(), t.key(), t.properties().stream()
                        .map(p -> " + ' ' + coalesce(toString(link." + p + "), '')").collect(Collectors.joining())))
                .collect(Collectors.joining("\n+ "));
    }
}
