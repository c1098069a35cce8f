package cn.ipbridge.graph.generator;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.ipbridge.graph.taxonomy.District;
import cn.ipbridge.graph.taxonomy.ShanghaiDistricts;
import cn.ipbridge.graph.taxonomy.TsvResource;

/**
 * What the generator knows of a district (district-profiles.tsv): its share of SRDI firms, the industries it leans
 * to and some of its real roads for addresses.
 *
 * <p>Weights follow the known geography of Shanghai's SRDI firms: 浦东新区 22, 闵行 11, 嘉定 10, 松江 9, 宝山 7,
 * 徐汇 6, 杨浦 5, 青浦 and 奉贤 4.5, 金山 4, 普陀 3.5, 长宁 and 静安 3, 虹口 and 黄浦 1.5, 崇明 1. Affinities
 * multiply an industry's city-wide weight inside the district, e.g. 嘉定 (Anting auto cluster) NEV x2.5, 浦东
 * (Zhangjiang) IC and biomedicine x2, 金山 (chemical park) new materials x2.5, 崇明 green x2.5.
 *
 * @param affinity industry code to multiplier; industries not listed have 1
 */
record DistrictProfile(District district, double weight, Map<String, Double> affinity, List<String> roads) {

    static final List<DistrictProfile> ALL = TsvResource.rows(DistrictProfile.class, "district-profiles.tsv").stream()
            .map(DistrictProfile::fromRow)
            .toList();

    DistrictProfile {
        affinity = Map.copyOf(affinity);
        roads = List.copyOf(roads);
    }

    String adcode() {
        return district.adcode();
    }

    double affinityFor(String industryCode) {
        return affinity.getOrDefault(industryCode, 1.0);
    }

    static DistrictProfile of(String adcode) {
        return ALL.stream().filter(d -> d.adcode().equals(adcode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no district " + adcode));
    }

    private static DistrictProfile fromRow(String[] row) {
        District district = ShanghaiDistricts.byAdcode(row[0]);
        if (district == null) {
            throw new IllegalStateException("district-profiles.tsv names unknown district " + row[0]);
        }
        Map<String, Double> affinity = new LinkedHashMap<>();
        for (String pair : row[2].split(",")) {
            String[] kv = pair.split(":");
            affinity.put(kv[0], Double.parseDouble(kv[1]));
        }
        return new DistrictProfile(district, Double.parseDouble(row[1]), affinity, Arrays.asList(row[3].split(",")));
    }
}
