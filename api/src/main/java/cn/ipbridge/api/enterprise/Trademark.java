package cn.ipbridge.api.enterprise;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Value;

import cn.ipbridge.api.system.Values;

/** A registered trademark as the API shows it. */
record Trademark(String registrationNumber, String name, List<Integer> niceClasses, String status,
                 boolean keyProtection, LocalDate keyProtectionSince) {

    static Trademark from(Value t) {
        return new Trademark(Values.string(t, "registrationNumber"), Values.string(t, "name"),
                Values.integers(t, "niceClasses"), Values.string(t, "status"), Values.flag(t, "keyProtection"),
                Values.date(t, "keyProtectionSince"));
    }
}
