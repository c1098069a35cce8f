package cn.ipbridge.api.organisation;

import org.neo4j.driver.Value;

import cn.ipbridge.api.system.Values;
import cn.ipbridge.api.taxonomy.District;

/** A university or research institute with its patent counts (read in the same query). */
record University(String name, District district, long patentCount, long transferablePatentCount) {

    static University from(Value u) {
        return new University(Values.string(u, "name"), District.from(u.get("district")),
                Values.number(u, "patentCount"), Values.number(u, "transferablePatentCount"));
    }
}
