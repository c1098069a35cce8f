package cn.ipbridge.graph.model;

import java.util.List;

/** A 知识产权特派员 and the key firms assigned to them (by credit code). */
public record Officer(String id, String name, String districtAdcode, List<String> assignedUsccs) {

    public Officer {
        assignedUsccs = assignedUsccs == null ? List.of() : List.copyOf(assignedUsccs);
    }
}
