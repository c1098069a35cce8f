package cn.ipbridge.graph.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

/**
 * A batch of firms' derived profiles (see {@link FirmProfileWriter}) as stored: each firm's element id and figures,
 * and its {@code ACTIVE_IN} and {@code ACTIVE_IN_SUBCLASS} links; and the writing of a wanted profile over it, only
 * the differences (figures that changed; links created, their counts set, or deleted), by element id.
 */
final class FirmProfiles {

    /** A firm's counts (patents, granted inventions, lapsed patents) and its latest granted inventions. */
    record Figures(long patents, long grantedInventions, long lapsed, List<String> latestGrantedInventions) {

        static final Figures ZERO = new Figures(0, 0, 0, List.of());

        Figures plus(Figures other) {
            return new Figures(patents + other.patents, grantedInventions + other.grantedInventions,
                    lapsed + other.lapsed,
                    LatestInventions.merged(latestGrantedInventions, other.latestGrantedInventions));
        }
    }

    /**
     * A firm's link to a class or institution: its patents there; for a main class, the smallest application number;
     * for an institution, the share of the firm's patents they are ({@link #shareOf}).
     */
    record Link(long patents, String sample, Double share) {

        Link(long patents, String sample) {
            this(patents, sample, null);
        }

        Link plus(Link other) {
            String least = sample == null ? other.sample
                    : other.sample == null || sample.compareTo(other.sample) <= 0 ? sample : other.sample;
            return new Link(patents + other.patents, least);
        }

        /**
         * This link with the share of the firm's {@code firmPatents} it counts: at most 1, should it count more than
         * the firm's total (never, when both are up to date).
         */
        Link shareOf(long firmPatents) {
            return new Link(patents, sample, (double) patents / Math.max(firmPatents, patents));
        }
    }

    /** A firm and a class or institution, by element id. */
    record Pair(String firm, String target) {
    }

    /** What a batch's firms should have: figures by firm, links by firm and class, per link type. */
    record Wanted(Map<String, Figures> figures, Map<Pair, Link> fields, Map<Pair, Link> subclasses) {

        Wanted() {
            this(new HashMap<>(), new HashMap<>(), new HashMap<>());
        }
    }

    private static final String FIRMS = """
            UNWIND $usccs AS uscc
            MATCH (e:Enterprise {uscc: uscc})
            RETURN uscc, elementId(e) AS firm, [e.patentCount, e.grantedInventionCount, e.lapsedPatentCount] AS counts,
                   e.latestGrantedInventions AS latest
            """;

    private static final String LINKS = """
            UNWIND $firms AS firm
            MATCH (e:Enterprise)-[a:%s]->(c) WHERE elementId(e) = firm
            RETURN firm, elementId(c) AS target, a.patents AS n, a.sample AS sample, a.share AS share,
                   elementId(a) AS link
            """;

    private static final String SET_COUNTS = """
            UNWIND $rows AS r
            MATCH (e:Enterprise) WHERE elementId(e) = r.firm
            SET e.patentCount = r.counts[0], e.grantedInventionCount = r.counts[1], e.lapsedPatentCount = r.counts[2],
                e.latestGrantedInventions = r.latest
            """;

    private static final String CREATE = """
            UNWIND $rows AS r
            MATCH (e) WHERE elementId(e) = r.firm
            MATCH (c) WHERE elementId(c) = r.target
            CREATE (e)-[a:%s {patents: r.n, sample: r.sample, share: r.share}]->(c)
            """;

    /** A link to an institution also carries its name, for the index on {@code (institution, share)}. */
    private static final String NAMED = "SET a.institution = c.name\n";

    private static final String UPDATE = """
            UNWIND $rows AS r
            MATCH ()-[a]->() WHERE elementId(a) = r.link
            SET a.patents = r.n, a.sample = r.sample, a.share = r.share
            """;

    private static final String DELETE = """
            UNWIND $rows AS r
            MATCH ()-[a]->() WHERE elementId(a) = r.link
            DELETE a
            """;

    /** Element id by credit code of the batch's firms that exist. */
    final Map<String, String> firmIds = new HashMap<>();
    /** Stored figures by firm element id; a firm never profiled has none. */
    final Map<String, Figures> figures = new HashMap<>();
    final Map<Pair, Link> fields = new HashMap<>();
    final Map<Pair, Link> subclasses = new HashMap<>();
    final Map<Pair, Link> institutions = new HashMap<>();
    /** The element ids of the links, by type (a subclass can also be a main class). */
    private final Map<String, Map<Pair, String>> linkIds = new HashMap<>();

    /** Reads the stored profiles of the firms with these credit codes. */
    FirmProfiles(TransactionContext tx, List<String> usccs) {
        tx.run(FIRMS, Map.of("usccs", usccs)).forEachRemaining(r -> {
            String firm = r.get("firm").asString();
            firmIds.put(r.get("uscc").asString(), firm);
            List<Long> c = r.get("counts").asList(v -> v.isNull() ? null : v.asLong());
            if (!c.contains(null) && !r.get("latest").isNull()) {
                figures.put(firm, new Figures(c.get(0), c.get(1), c.get(2), r.get("latest").asList(v -> v.asString())));
            }
        });
        read(tx, "ACTIVE_IN", fields);
        read(tx, "ACTIVE_IN_SUBCLASS", subclasses);
        read(tx, "IN_FIELDS_OF", institutions);
    }

    private void read(TransactionContext tx, String type, Map<Pair, Link> links) {
        Map<Pair, String> ids = linkIds.computeIfAbsent(type, t -> new HashMap<>());
        tx.run(LINKS.formatted(type), Map.of("firms", List.copyOf(firmIds.values()))).forEachRemaining(r -> {
            Pair pair = new Pair(r.get("firm").asString(), r.get("target").asString());
            links.put(pair, new Link(r.get("n").asLong(0), r.get("sample").asString(null),
                    r.get("share").isNull() ? null : r.get("share").asDouble()));
            ids.put(pair, r.get("link").asString());
        });
    }

    /** Writes what differs between the stored profiles and {@code wanted}; returns what it wrote. */
    WriteCounts write(TransactionContext tx, Wanted wanted, InstitutionFields fieldsOf) {
        List<Map<String, Object>> changedCounts = new ArrayList<>();
        wanted.figures().forEach((firm, f) -> {
            if (!f.equals(figures.get(firm))) {
                changedCounts.add(Map.of("firm", firm, "counts", List.of(f.patents(), f.grantedInventions(), f.lapsed()),
                        "latest", f.latestGrantedInventions()));
            }
        });
        WriteCounts written = WriteCounts.ZERO;
        if (!changedCounts.isEmpty()) {
            written = written.plus(0, tx.run(SET_COUNTS, Map.of("rows", changedCounts)).consume().counters());
        }
        written = written.plus(writeLinks(tx, "ACTIVE_IN", fields, wanted.fields(), ""));
        written = written.plus(writeLinks(tx, "ACTIVE_IN_SUBCLASS", subclasses, wanted.subclasses(), ""));
        return written.plus(writeLinks(tx, "IN_FIELDS_OF", institutions, inFieldsOf(tx, wanted, fieldsOf), NAMED));
    }

    /** The firms' patents in each institution's fields, summed over its subclasses, with their share. */
    private Map<Pair, Link> inFieldsOf(TransactionContext tx, Wanted wanted, InstitutionFields fieldsOf) {
        Map<Pair, Link> counted = new HashMap<>();
        wanted.subclasses().forEach((pair, link) -> fieldsOf.of(tx, pair.target()).forEach(institution ->
                counted.merge(new Pair(pair.firm(), institution), new Link(link.patents(), null), Link::plus)));
        Map<Pair, Link> shared = new HashMap<>();
        counted.forEach((pair, link) -> {
            Figures firm = wanted.figures().getOrDefault(pair.firm(), figures.get(pair.firm()));
            shared.put(pair, link.shareOf(firm == null ? 0 : firm.patents()));
        });
        return shared;
    }

    private WriteCounts writeLinks(TransactionContext tx, String type, Map<Pair, Link> stored, Map<Pair, Link> wanted,
                                   String onCreate) {
        Map<Pair, String> ids = linkIds.get(type);
        List<Map<String, Object>> creates = new ArrayList<>();
        List<Map<String, Object>> updates = new ArrayList<>();
        List<Map<String, Object>> deletes = new ArrayList<>();
        wanted.forEach((pair, want) -> {
            Link have = stored.get(pair);
            if (have == null) {
                creates.add(row(pair, want, null));
            } else if (!have.equals(want)) {
                updates.add(row(pair, want, ids.get(pair)));
            }
        });
        stored.keySet().stream().filter(pair -> !wanted.containsKey(pair))
                .forEach(pair -> deletes.add(Map.of("link", ids.get(pair))));
        WriteCounts counts = WriteCounts.ZERO;
        for (var step : List.of(Map.entry(DELETE, deletes), Map.entry(UPDATE, updates),
                Map.entry(CREATE.formatted(type) + onCreate, creates))) {
            if (!step.getValue().isEmpty()) {
                counts = counts.plus(0, tx.run(step.getKey(), Map.of("rows", step.getValue())).consume().counters());
            }
        }
        return counts;
    }

    private static Map<String, Object> row(Pair pair, Link link, String id) {
        Map<String, Object> row = new HashMap<>();
        row.put("firm", pair.firm());
        row.put("target", pair.target());
        row.put("n", link.patents());
        row.put("sample", link.sample());
        row.put("share", link.share());
        row.put("link", id);
        return row;
    }
}
