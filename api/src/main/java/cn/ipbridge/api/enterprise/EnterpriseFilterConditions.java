package cn.ipbridge.api.enterprise;

import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.api.system.Conditions;
import cn.ipbridge.graph.taxonomy.District;
import cn.ipbridge.graph.taxonomy.ShanghaiDistricts;
import cn.ipbridge.graph.taxonomy.StrategicIndustries;

/**
 * Checks an {@link EnterpriseFilter} and turns it into Cypher predicates over {@code e}. Public because matchmaking
 * filters candidate firms the same way the enterprise list does.
 */
public record EnterpriseFilterConditions(EnterpriseFilter filter) {

    public static EnterpriseFilterConditions of(EnterpriseFilter filter) {
        EnterpriseFilter f = filter == null ? EnterpriseFilter.NONE : filter;
        if (f.industry() != null && StrategicIndustries.byCode(f.industry()) == null) {
            throw new BadArgumentException("filter.industry", "no industry with code " + f.industry());
        }
        return new EnterpriseFilterConditions(f);
    }

    /** Every part of the filter as predicates over {@code e}, for a query that matches {@code e} its own way. */
    public Conditions conditions() {
        return properties(new Conditions()
                .when(districtCode(), "district", "EXISTS { (e)-[:LOCATED_IN]->(:District {adcode: $district}) }")
                .when(filter.industry(), "industry", "EXISTS { (e)-[:IN_INDUSTRY]->(:Industry {code: $industry}) }"));
    }

    /**
     * The filter as a MATCH of {@code e} and the remaining predicates: the district and the industry asked for start
     * the pattern (a unique-index seek, then that one node's links) instead of being tested on every firm. As EXISTS
     * predicates the planner scanned all firms and walked each one's relationships to test them: 306,000 database
     * hits for the first page of one district of the shanghai graph, about 10,000 anchored. {@code scopeStart}, when
     * not null, is a second pattern over {@code e} to start from (the caller's district, {@code RowScope.firmsFrom}).
     */
    public Anchored anchored(String scopeStart) {
        String district = districtCode();
        String industry = filter.industry();
        Conditions rest = properties(new Conditions());
        if (district != null) {
            rest.parameter("district", district);
        }
        if (industry != null) {
            rest.parameter("industry", industry);
        }
        return new Anchored("MATCH "
                + (district == null ? "" : "(:District {adcode: $district})<-[:LOCATED_IN]-")
                + "(e:Enterprise)"
                + (industry == null ? "" : "-[:IN_INDUSTRY]->(:Industry {code: $industry})")
                + (scopeStart == null ? "" : ", " + scopeStart), rest);
    }

    /** A MATCH clause binding {@code e} and the predicates still to apply to it. */
    public record Anchored(String match, Conditions conditions) {
    }

    private Conditions properties(Conditions conditions) {
        return conditions
                .when(filter.srdiLevels() == null ? null
                        : filter.srdiLevels().stream().map(Enum::name).toList(), "srdiLevels",
                        "e.srdiLevel IN $srdiLevels")
                .when(filter.gbt29490Certified(), "gbt", "coalesce(e.gbt29490Certified, false) = $gbt")
                .when(filter.listingPlan(), "listingPlan", "coalesce(e.listingPlan, 'NONE') = $listingPlan")
                .when(filter.hasGrantedInvention(), "hasGranted", "(coalesce(e.grantedInventionCount, 0) > 0) = $hasGranted")
                .when(blankToNull(filter.nameContains()), "nameContains",
                        "(e.name CONTAINS $nameContains OR any(a IN coalesce(e.aliases, []) WHERE a CONTAINS $nameContains))");
    }

    private String districtCode() {
        String wanted = blankToNull(filter.district());
        if (wanted == null) {
            return null;
        }
        District byCode = ShanghaiDistricts.byAdcode(wanted);
        if (byCode != null) {
            return byCode.adcode();
        }
        return ShanghaiDistricts.all().stream().filter(d -> d.name().equals(wanted)).map(District::adcode)
                .findFirst()
                .orElseThrow(() -> new BadArgumentException("filter.district",
                        "no Shanghai district with code or name " + wanted));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
