package cn.ipbridge.api.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

class SteadyWarmUpTests {

    @Test
    void stopsAfterTwoRoundsInARowGainLessThanFivePerCentOnTheBest() throws Exception {
        Iterator<Long> rounds = List.of(100L, 300L, 600L, 800L, 820L, 790L, 2_000L).iterator();
        SteadyWarmUp.Result result = SteadyWarmUp.run("test", 12, rounds::next);
        assertThat(result.requests()).containsExactly(100L, 300L, 600L, 800L, 820L, 790L);
        assertThat(result.steady()).isTrue();
    }

    @Test
    void aSlowRoundAloneDoesNotEndTheWarmUp() throws Exception {
        Iterator<Long> rounds = List.of(100L, 60L, 300L, 305L, 310L).iterator();
        assertThat(SteadyWarmUp.run("test", 12, rounds::next).requests())
                .containsExactly(100L, 60L, 300L, 305L, 310L);
    }

    @Test
    void saysSoWhenTheRoundsRunOutStillGaining() throws Exception {
        Iterator<Long> rounds = List.of(100L, 200L, 400L).iterator();
        SteadyWarmUp.Result result = SteadyWarmUp.run("IPBridge", 3, rounds::next);
        assertThat(result.steady()).isFalse();
        assertThat(result.describe())
                .isEqualTo("IPBridge 3 rounds (100, 200, 400 requests), still gaining when the rounds ran out");
    }
}
