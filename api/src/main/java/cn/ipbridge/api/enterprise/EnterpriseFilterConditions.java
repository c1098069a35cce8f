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

    public Conditions conditions() {
        return new Conditions()
                .when(districtCode(), "district", "EXISTS { (e)-[:LOCATED_IN]->(:District {adcode: $district}) }")
                .when(filter.industry(), "industry", "EXISTS { (e)-[:IN_INDUSTRY]->(:Industry {code: $industry}) }")
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
