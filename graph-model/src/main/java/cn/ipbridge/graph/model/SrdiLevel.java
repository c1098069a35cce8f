package cn.ipbridge.graph.model;

/** The rungs of the SRDI (专精特新) ladder, lowest first. */
public enum SrdiLevel {
    /** 创新型中小企业 */
    INNOVATIVE_SME("创新型中小企业"),
    /** 上海市专精特新中小企业 */
    MUNICIPAL_SRDI("专精特新中小企业"),
    /** 国家级专精特新"小巨人"企业 */
    LITTLE_GIANT("专精特新“小巨人”企业");

    private final String nameZh;

    SrdiLevel(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
