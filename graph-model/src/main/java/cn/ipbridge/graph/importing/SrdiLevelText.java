package cn.ipbridge.graph.importing;

import java.util.Locale;

import cn.ipbridge.graph.model.SrdiLevel;

/** SRDI levels as lists write them: 国家级专精特新"小巨人", 专精特新中小企业, 创新型中小企业, or the enum names. */
final class SrdiLevelText {

    private SrdiLevelText() {
    }

    static SrdiLevel parse(String text) {
        String upper = text.toUpperCase(Locale.ROOT).replace(' ', '_');
        for (SrdiLevel level : SrdiLevel.values()) {
            if (upper.equals(level.name())) {
                return level;
            }
        }
        if (text.contains("小巨人")) {
            return SrdiLevel.LITTLE_GIANT;
        }
        if (text.contains("专精特新")) {
            return SrdiLevel.MUNICIPAL_SRDI;
        }
        if (text.contains("创新型")) {
            return SrdiLevel.INNOVATIVE_SME;
        }
        throw new IllegalArgumentException("unknown SRDI level '" + text + "' (小巨人, 专精特新, 创新型中小企业)");
    }
}
