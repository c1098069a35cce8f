package cn.ipbridge.api.matching;

import cn.ipbridge.api.system.BadArgumentException;

/** The {@code first} argument of every matchmaking query: 10 when absent, at most 100 (each match is scored). */
final class First {

    static final int MAX = 100;

    private First() {
    }

    static int checked(Integer first) {
        int n = first == null ? 10 : first;
        if (n < 0 || n > MAX) {
            throw new BadArgumentException("first", "must be between 0 and " + MAX + ", was " + n);
        }
        return n;
    }
}
