package cn.ipbridge.api.keylists;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.ipbridge.api.valuation.PatentIndicators;
import cn.ipbridge.api.valuation.PatentValuation;
import cn.ipbridge.graph.model.LegalStatus;
import cn.ipbridge.graph.model.PatentType;

/** Which key segments a firm is in, by the thresholds of {@link KeyListSettings} and the patent value score. */
@Component
class Segmenter {

    private final KeyListSettings settings;
    private final PatentValuation valuation;

    Segmenter(KeyListSettings settings, PatentValuation valuation) {
        this.settings = settings;
        this.valuation = valuation;
    }

    Set<KeySegment> segments(FirmIpSituation firm, LocalDate today) {
        Set<KeySegment> in = EnumSet.noneOf(KeySegment.class);
        if (firm.patents().stream().noneMatch(Segmenter::grantedInvention)) {
            in.add(KeySegment.NO_INVENTION_PATENTS);
        }
        if (firm.patents().size() == 1) {
            in.add(KeySegment.SINGLE_PATENT);
        }
        double high = valuation.settings().highValue();
        if (firm.patents().stream().filter(p -> valuation.value(p, today).score() >= high).count()
                >= settings.highValuePatents()) {
            in.add(KeySegment.HIGH_VALUE_PORTFOLIO);
        }
        if (firm.chokepoint()) {
            in.add(KeySegment.CHOKEPOINT_FIELD);
        }
        if (firm.patents().stream().anyMatch(p -> p.legalStatus() == LegalStatus.LAPSED
                || p.legalStatus() == LegalStatus.GRANTED && p.remainingYears(today) < settings.lapseRiskYears())) {
            in.add(KeySegment.LAPSE_RISK);
        }
        if (firm.patents().stream().anyMatch(p -> grantedInvention(p) && p.pledges() == 0
                && p.remainingYears(today) >= settings.pledgeMinYears())) {
            in.add(KeySegment.PLEDGE_READY);
        }
        return in;
    }

    private static boolean grantedInvention(PatentIndicators p) {
        return p.type() == PatentType.INVENTION && p.legalStatus() == LegalStatus.GRANTED;
    }
}
