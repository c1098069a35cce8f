package cn.ipbridge.graph.generator;

import cn.ipbridge.graph.model.Enterprise;
import cn.ipbridge.graph.model.ListingPlan;
import cn.ipbridge.graph.model.SrdiLevel;

/**
 * A generated enterprise with its position in generation order (which seeds its portfolio, trademarks and deals)
 * and the trade name its trademarks carry.
 */
record Firm(int index, Enterprise enterprise, Brand brand) {

    String uscc() {
        return enterprise.uscc();
    }

    String industryCode() {
        return enterprise.industryCode();
    }

    String districtAdcode() {
        return enterprise.districtAdcode();
    }

    SrdiLevel level() {
        return enterprise.srdiLevel();
    }

    /** Key firms get an officer and quarterly visits: little giants and STAR candidates. */
    boolean key() {
        return level() == SrdiLevel.LITTLE_GIANT || enterprise.listingPlan() == ListingPlan.STAR_CANDIDATE;
    }
}
