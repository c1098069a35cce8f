package cn.ipbridge.api.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.neo4j.driver.Value;

import cn.ipbridge.api.system.Values;
import cn.ipbridge.graph.model.ListingPlan;

/** What the graph says about a firm's IP situation, read with {@link #PROJECTION}; its needs follow from it. */
record EnterpriseFacts(String uscc, String name, String districtAdcode, String industryCode, boolean certified,
                       ListingPlan listingPlan, int patents, int grantedInventions, int lapsed, List<IpcField> fields,
                       List<String> chokepoints, boolean navigation, int openDisputes, int deals) {

    /**
     * Projection of firm {@code e}. Patent counts and fields come from the firm's derived profile (graph-model's
     * FirmProfileWriter), so a firm costs a few reads, not a walk over its patents.
     */
    static final String PROJECTION = """
            e {.uscc, .name, .gbt29490Certified, .listingPlan,
               district: [(e)-[:LOCATED_IN]->(firmDistrict:District) | firmDistrict.adcode][0],
               industry: [(e)-[:IN_INDUSTRY]->(firmIndustry:Industry) | firmIndustry.code][0],
               patents: coalesce(e.patentCount, 0),
               grantedInventions: coalesce(e.grantedInventionCount, 0),
               lapsed: coalesce(e.lapsedPatentCount, 0),
               fields: %s,
               navigation: EXISTS { (e)<-[s:SERVES]-(:Institution) WHERE s.service CONTAINS '导航' },
               openDisputes: COUNT { (e)<-[:FOR]-(c:ServiceCase)
                   WHERE c.kind IN ['RIGHTS_ASSISTANCE', 'OVERSEAS_DISPUTE'] AND c.closed IS NULL },
               deals: COUNT { (e)<-[:TO]-(:FinancingDeal) }}""".formatted(IpcField.FIRM_FIELDS);

    /**
     * The facts read with {@link #PROJECTION}. Chokepoint fields are found here, in the chains of the firm's fields:
     * asked in Cypher, the planner starts from the chokepoint codes and walks down their whole subtrees.
     */
    static EnterpriseFacts from(Value e, Collection<String> chokepointCodes, IpcHierarchy hierarchy) {
        ListingPlan plan = Values.enumOf(ListingPlan.class, e, "listingPlan");
        List<IpcField> fields = e.get("fields").asList(f -> IpcField.from(f, hierarchy));
        List<String> chokepoints = fields.stream().flatMap(f -> f.chain().stream()).map(IpcField.Ancestor::code)
                .filter(chokepointCodes::contains).distinct().sorted().toList();
        return new EnterpriseFacts(Values.string(e, "uscc"), Values.string(e, "name"), Values.string(e, "district"),
                Values.string(e, "industry"), Values.flag(e, "gbt29490Certified"),
                plan == null ? ListingPlan.NONE : plan, e.get("patents").asInt(), e.get("grantedInventions").asInt(),
                e.get("lapsed").asInt(), fields, chokepoints, Values.flag(e, "navigation"),
                e.get("openDisputes").asInt(), e.get("deals").asInt());
    }

    List<Need> needs(int manyLapsed) {
        List<Need> needs = new ArrayList<>();
        if (!certified) {
            needs.add(new Need(NeedKind.NO_GBT29490_CERTIFICATION, "not certified to GB/T 29490"));
        }
        if (grantedInventions == 0) {
            needs.add(new Need(NeedKind.NO_INVENTION_PATENTS,
                    "no granted invention patent among " + patents + " patents"));
        }
        if (!chokepoints.isEmpty() && !navigation) {
            needs.add(new Need(NeedKind.CHOKEPOINT_WITHOUT_NAVIGATION,
                    "patents in chokepoint fields " + chokepoints + " and no patent navigation service"));
        }
        if (lapsed >= manyLapsed) {
            needs.add(new Need(NeedKind.MANY_LAPSED_PATENTS, lapsed + " lapsed patents"));
        }
        if (openDisputes > 0) {
            needs.add(new Need(NeedKind.OPEN_DISPUTES, openDisputes + " open rights or dispute cases"));
        }
        if (listingPlan == ListingPlan.STAR_CANDIDATE) {
            needs.add(new Need(NeedKind.STAR_LISTING_PLAN, "plans to list on the STAR market"));
        }
        if (grantedInventions > 0 && deals == 0) {
            needs.add(new Need(NeedKind.NO_IP_FINANCING,
                    grantedInventions + " granted invention patents and no financing deal"));
        }
        return needs;
    }
}
