package cn.ipbridge.api.enterprise;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Value;

import cn.ipbridge.api.system.Values;
import cn.ipbridge.api.taxonomy.District;
import cn.ipbridge.api.taxonomy.Industry;
import cn.ipbridge.graph.model.ListingPlan;
import cn.ipbridge.graph.model.PilotStatus;
import cn.ipbridge.graph.model.SrdiLevel;

/**
 * An enterprise as the API shows it, with its district and industry (read in the same query) and the counts of its
 * derived patent profile ({@code patentCount}, {@code grantedInventionCount}: graph-model FirmProfileWriter, kept
 * current by every write of patents; null for a firm whose profile is not written yet).
 */
public record Enterprise(
        String uscc,
        String name,
        List<String> aliases,
        String address,
        LocalDate founded,
        SrdiLevel srdiLevel,
        Integer srdiYear,
        boolean gbt29490Certified,
        boolean ipCustody,
        PilotStatus pilotStatus,
        ListingPlan listingPlan,
        Integer employees,
        District district,
        Industry industry,
        Integer patentCount,
        Integer grantedInventionCount) {

    /** The Cypher map projection of {@code e} that {@link #from} reads. */
    public static final String PROJECTION = """
            e {.*,
               district: [(e)-[:LOCATED_IN]->(d:District) | d {.adcode, .name, .nameEn}][0],
               industry: [(e)-[:IN_INDUSTRY]->(i:Industry) | i {.code, .name, .nameEn}][0]}""";

    public static Enterprise from(Value e) {
        if (e == null || e.isNull()) {
            return null;
        }
        PilotStatus pilot = Values.enumOf(PilotStatus.class, e, "pilotStatus");
        ListingPlan listing = Values.enumOf(ListingPlan.class, e, "listingPlan");
        return new Enterprise(Values.string(e, "uscc"), Values.string(e, "name"), Values.strings(e, "aliases"),
                Values.string(e, "address"), Values.date(e, "founded"),
                Values.enumOf(SrdiLevel.class, e, "srdiLevel"), Values.integer(e, "srdiYear"),
                Values.flag(e, "gbt29490Certified"), Values.flag(e, "ipCustody"),
                pilot == null ? PilotStatus.NONE : pilot, listing == null ? ListingPlan.NONE : listing,
                Values.integer(e, "employees"), District.from(e.get("district")), Industry.from(e.get("industry")),
                Values.integer(e, "patentCount"), Values.integer(e, "grantedInventionCount"));
    }
}
