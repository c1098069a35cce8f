package cn.ipbridge.graph.model;

import java.util.List;

/** A registered trademark owned by an enterprise; {@code keyProtection} marks the city's key-protection list. */
public record Trademark(
        String registrationNumber,
        String name,
        List<Integer> niceClasses,
        String status,
        boolean keyProtection,
        String ownerUscc) {

    public Trademark {
        niceClasses = niceClasses == null ? List.of() : List.copyOf(niceClasses);
    }
}
