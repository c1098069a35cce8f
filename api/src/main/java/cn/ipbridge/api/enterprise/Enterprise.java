package cn.ipbridge.api.enterprise;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    /*
     * The links' variables have names of their own: a statement that reads firms often binds i or d already (the
     * institution of firmsForInstitution is i), and a pattern reusing one matches only that node.
     */
    private static final String DISTRICT =
            "district: [(e)-[:LOCATED_IN]->(firmDistrict:District) | firmDistrict {.adcode, .name, .nameEn}][0]";
    private static final String INDUSTRY =
            "industry: [(e)-[:IN_INDUSTRY]->(firmIndustry:Industry) | firmIndustry {.code, .name, .nameEn}][0]";

    /** The Cypher map projection of {@code e} that {@link #from} reads: every property, district and industry. */
    public static final String PROJECTION = "e {.*,\n   " + DISTRICT + ",\n   " + INDUSTRY + "}";

    /**
     * The schema's fields of {@code Enterprise} that read the firm's own properties or links, and what they read.
     * {@code patentCount} answers from the derived counts when its arguments allow. The other fields (patents,
     * trademarks, needs, ...) are resolved from the credit code alone.
     */
    private static final Map<String, List<String>> READS = Map.ofEntries(
            Map.entry("name", List.of(".name")), Map.entry("aliases", List.of(".aliases")),
            Map.entry("address", List.of(".address")), Map.entry("founded", List.of(".founded")),
            Map.entry("srdiLevel", List.of(".srdiLevel")), Map.entry("srdiYear", List.of(".srdiYear")),
            Map.entry("gbt29490Certified", List.of(".gbt29490Certified")),
            Map.entry("ipCustody", List.of(".ipCustody")),
            Map.entry("pilotStatus", List.of(".pilotStatus")), Map.entry("listingPlan", List.of(".listingPlan")),
            Map.entry("employees", List.of(".employees")), Map.entry("district", List.of(DISTRICT)),
            Map.entry("industry", List.of(INDUSTRY)),
            Map.entry("patentCount", List.of(".grantedInventionCount", ".patentCount")));

    /**
     * A projection of {@code e} with only what these schema fields read, and always the credit code (the key of
     * every nested field): a list of 50 names does not read and carry every firm's address, aliases and counts.
     * Names that are not fields of {@code Enterprise} add nothing, so the text is always this code's own. A record
     * read this way has the defaults of {@link #from} in the fields not selected, which nothing reads.
     */
    public static String projection(Collection<String> fields) {
        return Stream.concat(Stream.of(".uscc"), fields.stream().map(READS::get).filter(Objects::nonNull)
                        .flatMap(List::stream).distinct().sorted())
                .collect(Collectors.joining(", ", "e {", "}"));
    }

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
