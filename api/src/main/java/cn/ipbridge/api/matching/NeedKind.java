package cn.ipbridge.api.matching;

import java.util.List;
import java.util.Set;

import cn.ipbridge.graph.model.InstitutionType;

/**
 * The needs the graph reveals, and which institutions address each: by designation, or by a service whose name
 * contains a keyword (e.g. 导航 for patent navigation).
 */
enum NeedKind {
    NO_GBT29490_CERTIFICATION(Set.of(InstitutionType.TISC, InstitutionType.INFO_OUTLET,
            InstitutionType.TRAINING_BASE, InstitutionType.PATENT_AGENCY), "贯标"),
    NO_INVENTION_PATENTS(Set.of(InstitutionType.PATENT_AGENCY, InstitutionType.PROTECTION_CENTRE), "预审"),
    CHOKEPOINT_WITHOUT_NAVIGATION(Set.of(InstitutionType.UNIVERSITY_CENTRE), "导航"),
    MANY_LAPSED_PATENTS(Set.of(InstitutionType.PATENT_AGENCY, InstitutionType.TISC), "托管"),
    OPEN_DISPUTES(Set.of(InstitutionType.PROTECTION_CENTRE, InstitutionType.RIGHTS_WORKSTATION,
            InstitutionType.OVERSEAS_DISPUTE_CENTRE), "维权"),
    STAR_LISTING_PLAN(Set.of(InstitutionType.PRE_IPO_STATION), "上市"),
    NO_IP_FINANCING(Set.of(), "质押");

    private final Set<InstitutionType> types;
    private final String serviceKeyword;

    NeedKind(Set<InstitutionType> types, String serviceKeyword) {
        this.types = types;
        this.serviceKeyword = serviceKeyword;
    }

    boolean addressedBy(List<InstitutionType> institutionTypes, List<String> services) {
        return institutionTypes.stream().anyMatch(types::contains)
                || services.stream().anyMatch(s -> s.contains(serviceKeyword));
    }
}
