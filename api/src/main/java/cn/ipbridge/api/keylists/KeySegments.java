package cn.ipbridge.api.keylists;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.security.RowScope;
import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.graph.taxonomy.StrategicIndustries;

/**
 * Segments the SRDI firms of an industry (or all) into the key segments, from one read. Segmenting values every
 * patent of every firm (about 600,000 at the {@code shanghai} size, seconds of work), so the segments of each
 * industry (and caller's scope) are kept for {@code ipbridge.keylists.segments-ttl} for browsing; saving a list
 * segments afresh.
 */
@Service
class KeySegments {

    private record Cached(List<SegmentGroup> groups, long madeAt) {
    }

    private final KeySegmentQueries queries;
    private final Segmenter segmenter;
    private final long ttlNanos;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    KeySegments(KeySegmentQueries queries, Segmenter segmenter,
                @Value("${ipbridge.keylists.segments-ttl:5m}") Duration ttl) {
        this.queries = queries;
        this.segmenter = segmenter;
        this.ttlNanos = ttl.toNanos();
    }

    /** The segments, as made at most {@code segments-ttl} ago. */
    List<SegmentGroup> groups(String industry, String argument) {
        String checked = checkedIndustry(industry, argument);
        RowScope scope = RowScope.current();
        String key = key(checked, scope);
        Cached cached = cache.get(key);
        if (cached == null || System.nanoTime() - cached.madeAt() > ttlNanos) {
            cached = new Cached(segment(checked, scope), System.nanoTime());
            cache.put(key, cached);
        }
        return cached.groups();
    }

    /** One segment, made afresh (and kept for browsing). */
    SegmentGroup freshGroup(KeySegment segment, String industry, String argument) {
        String checked = checkedIndustry(industry, argument);
        RowScope scope = RowScope.current();
        List<SegmentGroup> groups = segment(checked, scope);
        cache.put(key(checked, scope), new Cached(groups, System.nanoTime()));
        return groups.stream().filter(g -> g.segment() == segment).findFirst().orElseThrow();
    }

    /** Segments are kept per industry and per scope: a district's never answer another caller. */
    private static String key(String industry, RowScope scope) {
        return industry + "|" + (scope.unrestricted() ? "all" : scope.role() + ":" + scope.value());
    }

    private List<SegmentGroup> segment(String industry, RowScope scope) {
        LocalDate today = LocalDate.now();
        List<Map.Entry<Enterprise, Set<KeySegment>>> firms = queries.firms(industry, scope)
                .stream().map(f -> Map.entry(f.enterprise(), segmenter.segments(f, today))).toList();
        return Arrays.stream(KeySegment.values()).map(s -> new SegmentGroup(s, firms.stream()
                .filter(f -> f.getValue().contains(s)).map(Map.Entry::getKey).toList())).toList();
    }

    private static String checkedIndustry(String industry, String argument) {
        if (industry == null || industry.isBlank()) {
            return null;
        }
        if (StrategicIndustries.byCode(industry.trim()) == null) {
            throw new BadArgumentException(argument, "no industry with code " + industry);
        }
        return industry.trim();
    }
}
