package cn.ipbridge.api.matching;

import cn.ipbridge.api.system.BoundedArgument;

/** The {@code first} argument of every matchmaking query: 10 when absent, at most 100 (each match is scored). */
final class First {

    static final int MAX = 100;

    private First() {
    }

    static int checked(Integer first) {
        return BoundedArgument.of("first", first, 10, 0, MAX);
    }
}
