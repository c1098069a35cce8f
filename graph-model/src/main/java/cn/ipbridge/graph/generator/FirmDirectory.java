package cn.ipbridge.graph.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** The generated firms, with the lookups other parts need: by industry, the key firms. Lists keep firm order. */
final class FirmDirectory {

    private final List<Firm> all;
    private final Map<String, List<Firm>> byIndustry = new TreeMap<>();
    private final List<Firm> key;
    private final Map<String, Firm> byUscc = new HashMap<>();

    FirmDirectory(List<Firm> firms) {
        this.all = List.copyOf(firms);
        for (Firm firm : firms) {
            byIndustry.computeIfAbsent(firm.industryCode(), k -> new ArrayList<>()).add(firm);
            byUscc.put(firm.uscc(), firm);
        }
        this.key = firms.stream().filter(Firm::key).toList();
    }

    List<Firm> all() {
        return all;
    }

    Firm get(int index) {
        return all.get(index);
    }

    /** The firm with this credit code. */
    Firm byUscc(String uscc) {
        Firm firm = byUscc.get(uscc);
        if (firm == null) {
            throw new IllegalArgumentException("no generated firm " + uscc);
        }
        return firm;
    }

    int size() {
        return all.size();
    }

    /** Firms of an industry, empty if none. */
    List<Firm> inIndustry(String industryCode) {
        return byIndustry.getOrDefault(industryCode, List.of());
    }

    /** A firm of the industry drawn evenly, or null if the industry has none. */
    Firm anyInIndustry(RandomGenerator random, String industryCode) {
        List<Firm> firms = inIndustry(industryCode);
        return firms.isEmpty() ? null : firms.get(random.nextInt(firms.size()));
    }

    /** Little giants and STAR candidates: they get officers and visits. */
    List<Firm> key() {
        return key;
    }
}
