package cn.ipbridge.graph.taxonomy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The 16 districts of Shanghai. */
public final class ShanghaiDistricts {

    private static final List<District> ALL = TsvResource.rows("shanghai-districts.tsv").stream()
            .map(r -> new District(r[0], r[1], r[2]))
            .toList();
    private static final Map<String, District> BY_ADCODE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(District::adcode, Function.identity()));

    private ShanghaiDistricts() {
    }

    public static List<District> all() {
        return ALL;
    }

    /** The district with this code, or null. */
    public static District byAdcode(String adcode) {
        return BY_ADCODE.get(adcode);
    }
}
