package cn.ipbridge.graph.generator;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.ipbridge.graph.taxonomy.TsvResource;

/**
 * A real Shanghai university or research institute that files patents (universities.tsv), with its district (main
 * campus), its relative share of the universities' patents and the industries its research feeds. Together they
 * own about 8% of the generated patents, as universities do of Shanghai's granted inventions.
 */
record PatentOwningUniversity(String name, String districtAdcode, double weight, List<String> industries) {

    static final List<PatentOwningUniversity> ALL = TsvResource.rows(PatentOwningUniversity.class, "universities.tsv")
            .stream()
            .map(r -> new PatentOwningUniversity(r[0], r[1], Double.parseDouble(r[2]), Arrays.asList(r[3].split(","))))
            .toList();

    PatentOwningUniversity {
        industries = List.copyOf(industries);
    }

    /** The university of this name, if it is one that files patents. */
    static Optional<PatentOwningUniversity> named(String name) {
        return ALL.stream().filter(u -> u.name().equals(name)).findFirst();
    }
}
