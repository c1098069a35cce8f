package cn.ipbridge.api.keylists;

import java.util.List;

import org.neo4j.driver.Value;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.system.Values;
import cn.ipbridge.api.valuation.PatentIndicators;

/** An SRDI firm with what segmenting needs: its patents' indicators and whether one lies in a chokepoint field. */
record FirmIpSituation(Enterprise enterprise, List<PatentIndicators> patents, boolean chokepoint) {

    static FirmIpSituation from(Value v) {
        return new FirmIpSituation(Enterprise.from(v.get("enterprise")),
                v.get("patents").asList(PatentIndicators::from), Values.flag(v, "chokepoint"));
    }
}
