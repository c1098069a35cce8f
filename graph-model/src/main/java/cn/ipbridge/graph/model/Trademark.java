package cn.ipbridge.graph.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A registered trademark owned by an enterprise; {@code keyProtection} marks the city's key-protection list and
 * {@code keyProtectionSince} the day it was added (null when unknown or not on the list).
 */
public record Trademark(
        String registrationNumber,
        String name,
        List<Integer> niceClasses,
        String status,
        boolean keyProtection,
        String ownerUscc,
        LocalDate keyProtectionSince) {

    public Trademark {
        niceClasses = niceClasses == null ? List.of() : List.copyOf(niceClasses);
    }

    public Trademark(String registrationNumber, String name, List<Integer> niceClasses, String status,
                     boolean keyProtection, String ownerUscc) {
        this(registrationNumber, name, niceClasses, status, keyProtection, ownerUscc, null);
    }
}
