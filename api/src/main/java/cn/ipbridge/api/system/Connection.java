package cn.ipbridge.api.system;

import java.util.ArrayList;
import java.util.List;

/**
 * A Relay connection: one page of nodes with their cursors, and the total when it was asked for.
 *
 * @param totalCount null when the client did not select it, so it is not computed
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Long totalCount) {

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /** Builds a page from {@code page.first() + 1} fetched rows: the extra row only says there is a next page. */
    /** No rows asked for ({@code first: 0}): the count, and whether rows lie beyond the offset. */
    public static <T> Connection<T> countOnly(Page page, long totalCount) {
        return new Connection<>(List.of(), new PageInfo(totalCount > page.offset(), page.offset() > 0, null, null),
                totalCount);
    }

    public static <T> Connection<T> of(List<T> fetched, Page page, Long totalCount) {
        List<Edge<T>> edges = new ArrayList<>();
        for (int i = 0; i < Math.min(page.first(), fetched.size()); i++) {
            edges.add(new Edge<>(Page.cursor(page.offset() + i), fetched.get(i)));
        }
        PageInfo info = new PageInfo(fetched.size() > page.first(), page.offset() > 0,
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection<>(edges, info, totalCount);
    }
}
