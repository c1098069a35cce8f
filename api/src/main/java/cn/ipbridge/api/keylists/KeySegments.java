package cn.ipbridge.api.keylists;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.graph.taxonomy.StrategicIndustries;

/** Segments the SRDI firms of an industry (or all) into the key segments, from one read. */
@Service
class KeySegments {

    private final KeySegmentQueries queries;
    private final Segmenter segmenter;

    KeySegments(KeySegmentQueries queries, Segmenter segmenter) {
        this.queries = queries;
        this.segmenter = segmenter;
    }

    List<SegmentGroup> groups(String industry, String argument) {
        LocalDate today = LocalDate.now();
        List<Map.Entry<Enterprise, Set<KeySegment>>> firms = queries.firms(checkedIndustry(industry, argument))
                .stream().map(f -> Map.entry(f.enterprise(), segmenter.segments(f, today))).toList();
        return Arrays.stream(KeySegment.values()).map(s -> new SegmentGroup(s, firms.stream()
                .filter(f -> f.getValue().contains(s)).map(Map.Entry::getKey).toList())).toList();
    }

    SegmentGroup group(KeySegment segment, String industry, String argument) {
        return groups(industry, argument).stream().filter(g -> g.segment() == segment).findFirst().orElseThrow();
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
