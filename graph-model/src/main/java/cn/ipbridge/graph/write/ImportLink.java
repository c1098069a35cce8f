package cn.ipbridge.graph.write;

import java.util.List;
import java.util.Map;

/** One relationship an imported row asks for: to the {@code target} node keyed {@code to}, with its properties. */
public record ImportLink(LinkTarget target, String to, Map<String, Object> properties) {

    public ImportLink {
        properties = Map.copyOf(properties);
        if (!target.properties().containsAll(properties.keySet())) {
            throw new IllegalArgumentException(target + " links have only " + target.properties());
        }
    }

    /** A link without properties to {@code to}, or none when the row gives no target (the column is empty). */
    public static List<ImportLink> ifPresent(LinkTarget target, String to) {
        return to == null ? List.of() : List.of(new ImportLink(target, to, Map.of()));
    }
}
