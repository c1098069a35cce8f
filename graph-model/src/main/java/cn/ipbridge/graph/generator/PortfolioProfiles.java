package cn.ipbridge.graph.generator;

import java.util.HashMap;
import java.util.Map;

/** Firms' portfolio profiles, each worked out once from the regenerated portfolio and then kept (they are small). */
final class PortfolioProfiles {

    private final PatentCatalogue catalogue;
    private final Map<Integer, PortfolioProfile> profiles = new HashMap<>();

    PortfolioProfiles(PatentCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    synchronized PortfolioProfile of(Firm firm) {
        return profiles.computeIfAbsent(firm.index(),
                i -> PortfolioProfile.of(catalogue.portfolio(catalogue.holders().ofFirm(firm))));
    }
}
