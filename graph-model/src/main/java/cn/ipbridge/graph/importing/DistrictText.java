package cn.ipbridge.graph.importing;

import cn.ipbridge.graph.taxonomy.District;
import cn.ipbridge.graph.taxonomy.ShanghaiDistricts;

/** A Shanghai district written as its adcode (310115), full name (浦东新区), short name (浦东) or English name. */
final class DistrictText {

    private DistrictText() {
    }

    static String adcode(String text) {
        String t = text.strip().replaceFirst("^上海市?", "");
        for (District d : ShanghaiDistricts.all()) {
            String shortName = d.name().replaceFirst("(新区|区)$", "");
            if (t.equals(d.adcode()) || t.equals(d.name()) || t.equals(shortName) || t.equalsIgnoreCase(d.nameEn())) {
                return d.adcode();
            }
        }
        throw new IllegalArgumentException("not a Shanghai district: '" + text + "'");
    }
}
