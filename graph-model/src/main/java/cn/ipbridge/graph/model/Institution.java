package cn.ipbridge.graph.model;

import java.util.List;

/**
 * A service institution, keyed by name. When {@code university} is true the node also carries the
 * {@code University} label (a university that is also a designated centre).
 *
 * @param ipcSpecialities IPC symbols (usually subclasses) it specialises in
 * @param yearlyCapacity  how many firms it can serve in a year
 */
public record Institution(
        String name,
        List<InstitutionType> types,
        boolean university,
        List<String> services,
        List<String> ipcSpecialities,
        String districtAdcode,
        Integer yearlyCapacity,
        String designation,
        Integer designatedYear,
        String source) {

    public Institution {
        types = types == null ? List.of() : List.copyOf(types);
        services = services == null ? List.of() : List.copyOf(services);
        ipcSpecialities = ipcSpecialities == null ? List.of() : List.copyOf(ipcSpecialities);
    }
}
