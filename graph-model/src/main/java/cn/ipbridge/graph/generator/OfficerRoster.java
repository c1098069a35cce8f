package cn.ipbridge.graph.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import cn.ipbridge.graph.generator.Randomness.Part;
import cn.ipbridge.graph.model.Officer;

/**
 * The IP officers (知识产权特派员): one per 25 key firms (little giants and STAR candidates), at least one. Key firms
 * are ordered by district and split into equal runs, one run per officer, so an officer's firms are mostly in one
 * district, which becomes the officer's.
 */
final class OfficerRoster {

    static final int FIRMS_PER_OFFICER = 25;

    private OfficerRoster() {
    }

    static List<Officer> assign(List<Firm> keyFirms, Randomness randomness) {
        SplittableRandom random = randomness.of(Part.OFFICERS);
        List<Firm> ordered = keyFirms.stream()
                .sorted(Comparator.comparing(Firm::districtAdcode).thenComparingInt(Firm::index)).toList();
        int count = Math.max(1, Math.round(ordered.size() / (float) FIRMS_PER_OFFICER));
        List<Officer> officers = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            List<Firm> run = ordered.subList(k * ordered.size() / count, (k + 1) * ordered.size() / count);
            String district = run.isEmpty() ? DistrictProfile.ALL.get(0).adcode() : mostCommonDistrict(run);
            officers.add(new Officer(SerialIds.of("TPY", 4, k + 1), PersonNames.next(random), district,
                    run.stream().map(Firm::uscc).toList()));
        }
        return officers;
    }

    private static String mostCommonDistrict(List<Firm> run) {
        String best = run.get(0).districtAdcode();
        long bestCount = 0;
        for (Firm firm : run) {
            long count = run.stream().filter(f -> f.districtAdcode().equals(firm.districtAdcode())).count();
            if (count > bestCount) {
                best = firm.districtAdcode();
                bestCount = count;
            }
        }
        return best;
    }
}
