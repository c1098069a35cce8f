package cn.ipbridge.graph.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An enterprise, keyed by its normalised unified social credit code.
 *
 * @param districtAdcode the Shanghai district it is registered in (GB/T 2260 code, e.g. 310115)
 * @param industryCode   the strategic industry it belongs to (see {@code Industries})
 */
public record Enterprise(
        String uscc,
        String name,
        List<String> aliases,
        String districtAdcode,
        String address,
        LocalDate founded,
        String industryCode,
        SrdiLevel srdiLevel,
        Integer srdiYear,
        boolean gbt29490Certified,
        boolean ipCustody,
        PilotStatus pilotStatus,
        ListingPlan listingPlan,
        Integer employees) {

    public Enterprise {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        pilotStatus = pilotStatus == null ? PilotStatus.NONE : pilotStatus;
        listingPlan = listingPlan == null ? ListingPlan.NONE : listingPlan;
    }
}
