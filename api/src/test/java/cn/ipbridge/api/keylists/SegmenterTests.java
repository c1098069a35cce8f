package cn.ipbridge.api.keylists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.ipbridge.api.valuation.PatentIndicators;
import cn.ipbridge.api.valuation.PatentValuation;
import cn.ipbridge.api.valuation.ValuationSettings;
import cn.ipbridge.graph.model.LegalStatus;
import cn.ipbridge.graph.model.PatentType;

class SegmenterTests {

    private static final LocalDate TODAY = LocalDate.parse("2025-06-01");

    private final Segmenter segmenter = new Segmenter(new KeyListSettings(null, null, null),
            new PatentValuation(ValuationSettings.defaults()));

    @Test
    void aFirmWithOneUtilityModelHasNoInventionAndASinglePatent() {
        assertThat(segments(false, patent(PatentType.UTILITY_MODEL, LegalStatus.GRANTED, "2021-01-01", 0)))
                .containsExactly(KeySegment.NO_INVENTION_PATENTS, KeySegment.SINGLE_PATENT);
    }

    @Test
    void anUnpledgedYoungGrantedInventionIsPledgeReadyAndAPledgedOneIsNot() {
        assertThat(segments(false, patent(PatentType.INVENTION, LegalStatus.GRANTED, "2020-01-01", 0),
                patent(PatentType.INVENTION, LegalStatus.PENDING, "2024-01-01", 0)))
                .containsExactly(KeySegment.PLEDGE_READY);
        assertThat(segments(false, patent(PatentType.INVENTION, LegalStatus.GRANTED, "2020-01-01", 1),
                patent(PatentType.INVENTION, LegalStatus.PENDING, "2024-01-01", 0))).isEmpty();
    }

    @Test
    void aLapsedPatentOrOneNearTheEndOfItsTermIsALapseRisk() {
        assertThat(segments(false, patent(PatentType.INVENTION, LegalStatus.LAPSED, "2015-01-01", 0)))
                .contains(KeySegment.LAPSE_RISK);
        assertThat(segments(true, patent(PatentType.UTILITY_MODEL, LegalStatus.GRANTED, "2016-01-01", 0)))
                .contains(KeySegment.LAPSE_RISK, KeySegment.CHOKEPOINT_FIELD);
    }

    private java.util.Set<KeySegment> segments(boolean chokepoint, PatentIndicators... patents) {
        return segmenter.segments(new FirmIpSituation(null, List.of(patents), chokepoint), TODAY);
    }

    private static PatentIndicators patent(PatentType type, LegalStatus status, String filed, int pledges) {
        return new PatentIndicators("CN1", "t", type, status, LocalDate.parse(filed), 5, 1, 0, 0, pledges);
    }
}
