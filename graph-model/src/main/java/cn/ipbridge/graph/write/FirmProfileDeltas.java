package cn.ipbridge.graph.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.ipbridge.graph.write.FirmProfiles.Figures;
import cn.ipbridge.graph.write.FirmProfiles.Link;

/**
 * What new patents add to their firms' derived profiles (see {@link FirmProfileWriter}), summed in Java while an
 * import writes them, so the profiles follow by adding these figures to what the firms have instead of walking
 * every patent of every firm again: per firm the patents, granted inventions (and the latest of them) and lapsed
 * patents; per firm and main IPC class the patents and the smallest application number. Only patents that did not
 * exist before may be added: a changed patent may have moved between firms, classes or states, and its firms are
 * recomputed instead.
 */
public final class FirmProfileDeltas {

    private final Map<String, Figures> figures = new TreeMap<>();
    private final Map<String, Map<String, Link>> fields = new HashMap<>();

    /** Adds a patent the import created: its key, properties and links as {@link ImportWriter} wrote them. */
    public void created(ImportRow patent) {
        Object status = patent.properties().get("legalStatus");
        boolean granted = "INVENTION".equals(patent.properties().get("type")) && "GRANTED".equals(status);
        Figures one = new Figures(1, granted ? 1 : 0, "LAPSED".equals(status) ? 1 : 0, granted
                ? List.of(LatestInventions.entry(patent.properties().get("filingDate"), patent.key())) : List.of());
        String mainClass = patent.links().stream()
                .filter(l -> l.target() == LinkTarget.IPC_CLASS && Boolean.TRUE.equals(l.properties().get("main")))
                .map(ImportLink::to).findFirst().orElse(null);
        for (ImportLink link : patent.links()) {
            if (link.target() == LinkTarget.ENTERPRISE_APPLICANT) {
                figures.merge(link.to(), one, Figures::plus);
                if (mainClass != null) {
                    fields.computeIfAbsent(link.to(), f -> new HashMap<>())
                            .merge(mainClass, new Link(1, patent.key()), Link::plus);
                }
            }
        }
    }

    /** The firms' credit codes, in order. */
    List<String> firms() {
        return new ArrayList<>(figures.keySet());
    }

    Figures figures(String uscc) {
        return figures.getOrDefault(uscc, Figures.ZERO);
    }

    /** By main class code: what the new patents add to the firm's link to it. */
    Map<String, Link> fields(String uscc) {
        return fields.getOrDefault(uscc, Map.of());
    }
}
