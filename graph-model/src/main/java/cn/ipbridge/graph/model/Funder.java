package cn.ipbridge.graph.model;

import java.util.List;

/**
 * A funder, keyed by name.
 *
 * @param preferredIndustries industry codes it prefers to lend to or invest in
 * @param ticketMin           smallest deal it does, in 10,000 yuan (万元)
 * @param ticketMax           largest deal it does, in 10,000 yuan (万元)
 */
public record Funder(
        String name,
        FunderType type,
        List<String> products,
        boolean allianceMember,
        List<String> preferredIndustries,
        Integer ticketMin,
        Integer ticketMax,
        String source) {

    public Funder {
        products = products == null ? List.of() : List.copyOf(products);
        preferredIndustries = preferredIndustries == null ? List.of() : List.copyOf(preferredIndustries);
    }
}
