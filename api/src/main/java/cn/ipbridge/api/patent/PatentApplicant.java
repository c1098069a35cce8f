package cn.ipbridge.api.patent;

import java.util.List;

import org.neo4j.driver.Value;

import cn.ipbridge.api.system.Values;
import cn.ipbridge.graph.model.ApplicantKind;

/** One applicant of a patent; {@code uscc} is set when it is an enterprise. */
record PatentApplicant(int order, String name, ApplicantKind kind, String uscc) {

    static PatentApplicant from(Value a) {
        List<String> labels = Values.strings(a, "labels");
        ApplicantKind kind = labels.contains("Enterprise") ? ApplicantKind.ENTERPRISE
                : labels.contains("University") ? ApplicantKind.UNIVERSITY
                : labels.contains("Institution") ? ApplicantKind.INSTITUTION
                : ApplicantKind.OTHER;
        Integer order = Values.integer(a, "order");
        return new PatentApplicant(order == null ? 0 : order, Values.string(a, "name"), kind,
                Values.string(a, "uscc"));
    }
}
