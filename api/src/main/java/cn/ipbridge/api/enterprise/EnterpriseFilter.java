package cn.ipbridge.api.enterprise;

import java.util.List;

import cn.ipbridge.graph.model.ListingPlan;
import cn.ipbridge.graph.model.SrdiLevel;

/** The {@code EnterpriseFilter} input: every non-null field is a condition that must hold. */
public record EnterpriseFilter(
        String district,
        String industry,
        List<SrdiLevel> srdiLevels,
        Boolean gbt29490Certified,
        ListingPlan listingPlan,
        Boolean hasGrantedInvention,
        String nameContains) {

    static final EnterpriseFilter NONE = new EnterpriseFilter(null, null, null, null, null, null, null);
}
