package cn.ipbridge.graph.taxonomy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Shanghai's strategic industries and the IPC subclasses each covers (industries.tsv). */
public final class StrategicIndustries {

    private static final List<Industry> ALL = TsvResource.rows("industries.tsv").stream()
            .map(r -> new Industry(r[0], r[1], r[2], Arrays.asList(r[3].split(","))))
            .toList();
    private static final Map<String, Industry> BY_CODE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Industry::code, Function.identity()));

    private StrategicIndustries() {
    }

    public static List<Industry> all() {
        return ALL;
    }

    /** The industry with this code, or null. */
    public static Industry byCode(String code) {
        return BY_CODE.get(code);
    }
}
