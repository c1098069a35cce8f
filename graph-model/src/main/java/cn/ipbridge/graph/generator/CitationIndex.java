package cn.ipbridge.graph.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import cn.ipbridge.graph.model.PatentType;

/**
 * Compact arrays over every generated patent, just enough to pick citations: application number digits, filing day
 * and, per scope (main group, subclass, class), the patents sorted by scope and filing day. About 60 bytes a patent,
 * so 600,000 patents need some 36 MB instead of the records themselves.
 *
 * <p>A patent cites 0-6 earlier patents (inventions 2.6 on average, utility models 1.4, designs 0.1): 60% from its
 * own main group, 30% from its subclass, 10% from its class, falling back to the broader scope when the narrower
 * one has nothing older. Only patents filed strictly before it are candidates, the more recent ones likelier.
 */
final class CitationIndex {

    private static final int MAIN_GROUP = 0;
    private static final int SUBCLASS = 1;
    private static final int CLASS = 2;
    private static final long FIRST_DAY = LocalDate.of(FilingDates.FIRST_YEAR, 1, 1).toEpochDay();
    private static final int DAY_SHIFT = 27;
    private static final int SCOPE_SHIFT = 43;
    private static final long ORDINAL_MASK = (1L << DAY_SHIFT) - 1;
    private static final Weighted<Integer> INVENTION_CITES = counts(15, 15, 20, 20, 15, 10, 5);
    private static final Weighted<Integer> UTILITY_CITES = counts(35, 25, 20, 10, 5, 3, 2);
    private static final Weighted<Integer> DESIGN_CITES = counts(90, 10);
    private static final Weighted<Integer> SCOPES = Weighted.of(List.of(MAIN_GROUP, SUBCLASS, CLASS), 60, 30, 10);

    private final long[] digits;
    private final int[] days;
    private final int[][] scopeIds = new int[3][];
    private final long[][] sorted = new long[3][];

    private CitationIndex(int total) {
        digits = new long[total];
        days = new int[total];
        for (int scope = 0; scope < 3; scope++) {
            scopeIds[scope] = new int[total];
            sorted[scope] = new long[total];
        }
    }

    /** Indexes every skeleton; ordinals must run 0..total-1. */
    static CitationIndex of(int total, Iterable<PatentSkeleton> skeletons) {
        CitationIndex index = new CitationIndex(total);
        List<Map<String, Integer>> ids = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
        for (PatentSkeleton s : skeletons) {
            int ordinal = s.ordinal();
            String mainGroup = PatentFactory.mainGroupOf(s.mainIpc());
            String[] scopes = {mainGroup, mainGroup.substring(0, 4), mainGroup.substring(0, 3)};
            index.digits[ordinal] = s.applicationDigits();
            index.days[ordinal] = (int) (s.filingDate().toEpochDay() - FIRST_DAY);
            for (int scope = 0; scope < 3; scope++) {
                Map<String, Integer> known = ids.get(scope);
                int id = known.computeIfAbsent(scopes[scope], k -> known.size());
                index.scopeIds[scope][ordinal] = id;
                index.sorted[scope][ordinal] = key(id, index.days[ordinal], ordinal);
            }
        }
        for (long[] keys : index.sorted) {
            Arrays.sort(keys);
        }
        return index;
    }

    /** Application numbers of the earlier patents this one cites, none twice. */
    List<String> citesFor(int ordinal, PatentType type, RandomGenerator random) {
        int wanted = (switch (type) {
            case INVENTION -> INVENTION_CITES;
            case UTILITY_MODEL -> UTILITY_CITES;
            case DESIGN -> DESIGN_CITES;
        }).pick(random);
        List<Integer> cited = new ArrayList<>(wanted);
        for (int attempt = 0; cited.size() < wanted && attempt < wanted * 3; attempt++) {
            int candidate = pickOlder(ordinal, SCOPES.pick(random), random);
            if (candidate >= 0 && !cited.contains(candidate)) {
                cited.add(candidate);
            }
        }
        return cited.stream().map(c -> PatentNumbers.applicationNumber(digits[c])).toList();
    }

    /** An older patent in the scope, or in a broader one if it has none; -1 if there is none at all. */
    private int pickOlder(int ordinal, int narrowest, RandomGenerator random) {
        for (int scope = narrowest; scope <= CLASS; scope++) {
            long[] keys = sorted[scope];
            int id = scopeIds[scope][ordinal];
            int first = lowerBound(keys, key(id, 0, 0));
            int end = lowerBound(keys, key(id, days[ordinal], 0));
            if (end > first) {
                double u = random.nextDouble();
                int back = (int) ((end - first) * u * u);
                return (int) (keys[end - 1 - back] & ORDINAL_MASK);
            }
        }
        return -1;
    }

    private static long key(int scopeId, int day, int ordinal) {
        return ((long) scopeId << SCOPE_SHIFT) | ((long) day << DAY_SHIFT) | ordinal;
    }

    /** The first position whose key is at least the one given. */
    private static int lowerBound(long[] keys, long key) {
        int found = Arrays.binarySearch(keys, key);
        if (found >= 0) {
            while (found > 0 && keys[found - 1] == key) {
                found--;
            }
            return found;
        }
        return -found - 1;
    }

    private static Weighted<Integer> counts(double... weights) {
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            values.add(i);
        }
        return Weighted.of(values, weights);
    }
}
