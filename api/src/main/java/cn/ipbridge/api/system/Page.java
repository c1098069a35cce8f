package cn.ipbridge.api.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Which slice of an ordered list a client asked for: {@code first} items after the opaque cursor {@code after}.
 * Cursors encode a position in the ordered result, so they stay valid as long as the order does.
 */
public record Page(int first, long offset) {

    public static final int MAX_FIRST = 500;
    private static final String PREFIX = "pos:";

    public static Page of(Integer first, String after) {
        int size = BoundedArgument.of("first", first, 20, 0, MAX_FIRST);
        return new Page(size, after == null || after.isEmpty() ? 0 : decode(after) + 1);
    }

    public static String cursor(long position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    private static long decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long position = Long.parseLong(text.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new BadArgumentException("after", "not a cursor this API gave out: " + cursor);
    }
}
