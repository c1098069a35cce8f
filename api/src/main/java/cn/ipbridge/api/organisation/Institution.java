package cn.ipbridge.api.organisation;

import java.util.List;

import org.neo4j.driver.Value;

import cn.ipbridge.api.system.Values;
import cn.ipbridge.api.taxonomy.District;
import cn.ipbridge.graph.model.InstitutionType;

/** A service institution as the API shows it, with its district (read in the same query). */
public record Institution(String name, List<InstitutionType> types, boolean university, List<String> services,
                          Integer yearlyCapacity, String designation, Integer designatedYear, District district) {

    /** The Cypher map projection of {@code i} that {@link #from} reads. */
    public static final String PROJECTION = """
            i {.*, university: i:University,
               district: [(i)-[:LOCATED_IN]->(d:District) | d {.adcode, .name, .nameEn}][0]}""";

    public static Institution from(Value i) {
        return new Institution(Values.string(i, "name"), Values.enums(InstitutionType.class, i, "types"),
                Values.flag(i, "university"), Values.strings(i, "services"), Values.integer(i, "yearlyCapacity"),
                Values.string(i, "designation"), Values.integer(i, "designatedYear"),
                District.from(i.get("district")));
    }
}
