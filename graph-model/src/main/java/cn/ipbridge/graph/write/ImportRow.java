package cn.ipbridge.graph.write;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One validated row of an import: its natural {@code key}, the {@code properties} the file has (a null value
 * removes the property; columns a file lacks are left alone), a {@code hash} of everything the row says (for a
 * links-only entity, the {@link LinkState} text of its links), its
 * resolved {@code links}, and the relationship types whose existing instances the row {@code replaces} when the
 * node changes.
 */
public record ImportRow(String key, Map<String, Object> properties, String hash, List<ImportLink> links,
                        Set<String> replaces) {
}
