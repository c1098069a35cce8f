package cn.ipbridge.graph.importing;

import cn.ipbridge.graph.taxonomy.Industry;
import cn.ipbridge.graph.taxonomy.StrategicIndustries;

/** One of Shanghai's strategic industries, written as its code (IC), Chinese name (集成电路) or English name. */
final class IndustryText {

    private IndustryText() {
    }

    static String code(String text) {
        for (Industry i : StrategicIndustries.all()) {
            if (text.equalsIgnoreCase(i.code()) || text.equals(i.name()) || text.equalsIgnoreCase(i.nameEn())) {
                return i.code();
            }
        }
        throw new IllegalArgumentException("not one of the strategic industries: '" + text + "' (known: "
                + StrategicIndustries.all().stream().map(Industry::name).toList() + ")");
    }
}
