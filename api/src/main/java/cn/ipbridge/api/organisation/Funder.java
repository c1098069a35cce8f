package cn.ipbridge.api.organisation;

import java.util.List;

import org.neo4j.driver.Value;

import cn.ipbridge.api.system.Values;
import cn.ipbridge.graph.model.FunderType;

/** A funder as the API shows it. */
public record Funder(String name, FunderType type, List<String> products, boolean allianceMember,
                     Integer ticketMin, Integer ticketMax) {

    public static Funder from(Value f) {
        return new Funder(Values.string(f, "name"), Values.enumOf(FunderType.class, f, "type"),
                Values.strings(f, "products"), Values.flag(f, "allianceMember"), Values.integer(f, "ticketMin"),
                Values.integer(f, "ticketMax"));
    }
}
