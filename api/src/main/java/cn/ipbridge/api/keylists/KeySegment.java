package cn.ipbridge.api.keylists;

/** The segments of the key-enterprise service list; a firm may be in several. {@link Segmenter} decides. */
public enum KeySegment {
    NO_INVENTION_PATENTS("no granted invention patent: needs filing support"),
    SINGLE_PATENT("exactly one patent: a thin portfolio"),
    HIGH_VALUE_PORTFOLIO("holds high-value patents: candidates for protection and operation"),
    CHOKEPOINT_FIELD("patents in a chokepoint (卡脖子) field: needs navigation and protection"),
    LAPSE_RISK("a lapsed patent, or one in force near the end of its term"),
    PLEDGE_READY("an unpledged granted invention with years of term left: ready for IP-pledge financing");

    private final String description;

    KeySegment(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
