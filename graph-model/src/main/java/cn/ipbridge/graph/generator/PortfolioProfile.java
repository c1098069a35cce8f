package cn.ipbridge.graph.generator;

import java.util.Comparator;
import java.util.List;

import cn.ipbridge.graph.generator.PatentCatalogue.PortfolioEntry;
import cn.ipbridge.graph.model.LegalStatus;
import cn.ipbridge.graph.model.Patent;
import cn.ipbridge.graph.model.PatentType;

/**
 * What an officer or a bank sees in a firm's portfolio.
 *
 * @param pledgeable   granted, live inventions, newest first: what an IP-pledge loan can be secured by
 * @param expiringSoon granted patents whose term ends within a year of the reference date
 * @param overseas     whether any patent has a family abroad
 */
record PortfolioProfile(List<String> pledgeable, int expiringSoon, boolean overseas) {

    PortfolioProfile {
        pledgeable = List.copyOf(pledgeable);
    }

    static PortfolioProfile of(List<PortfolioEntry> portfolio) {
        List<Patent> patents = portfolio.stream().map(PortfolioEntry::patent).toList();
        List<String> pledgeable = patents.stream()
                .filter(p -> p.type() == PatentType.INVENTION && p.legalStatus() == LegalStatus.GRANTED)
                .sorted(Comparator.comparing(Patent::filingDate).reversed().thenComparing(Patent::applicationNumber))
                .map(Patent::applicationNumber).toList();
        int expiring = (int) patents.stream()
                .filter(p -> p.legalStatus() == LegalStatus.GRANTED)
                .filter(p -> LegalHistory.termEnd(p.type(), p.filingDate())
                        .isBefore(OperationsYear.REFERENCE_DATE.plusYears(1)))
                .count();
        boolean overseas = patents.stream().anyMatch(p -> p.familySize() != null && p.familySize() > 1);
        return new PortfolioProfile(pledgeable, expiring, overseas);
    }
}
