package cn.ipbridge.api.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProgressBarTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ProgressBar bar = new ProgressBar(new PrintStream(out, true, StandardCharsets.UTF_8), false);

    @Test
    void withAnEstimatedTotalShowsTheShareDoneAndTheTimeLeft() {
        bar.started(1_000);
        bar.advanced(500, 400);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("50% of ~1,000 rows").contains("500 rows read")
                .contains("400 written").contains("s left");
    }

    @Test
    void withoutATotalShowsRowsAndRateOnly() {
        bar.started(-1);
        bar.advanced(500, 400);

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("500 rows read, 400 written").doesNotContain("%");
    }
}
