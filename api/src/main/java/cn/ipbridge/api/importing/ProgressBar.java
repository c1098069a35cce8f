package cn.ipbridge.api.importing;

import java.io.PrintStream;

import cn.ipbridge.graph.importing.ImportProgress;

/**
 * Shows an import's progress on stderr with rows per second: one line redrawn in place on a terminal, a plain
 * line every few seconds otherwise (logs, CI), so neither fills up with noise.
 */
final class ProgressBar implements ImportProgress {

    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastShown;
    private long estimatedRows = -1;

    ProgressBar(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void started(long estimatedRows) {
        this.estimatedRows = estimatedRows;
    }

    @Override
    public void advanced(long rowsRead, long rowsWritten) {
        long now = System.nanoTime();
        if (now - lastShown < (terminal ? 200_000_000L : 5_000_000_000L)) {
            return;
        }
        lastShown = now;
        double seconds = Math.max(0.001, (now - started) / 1e9);
        double rate = rowsRead / seconds;
        String line = "%,d rows read, %,d written, %,.0f rows/s".formatted(rowsRead, rowsWritten, rate);
        if (estimatedRows > 0) {
            double done = Math.min(1, (double) rowsRead / estimatedRows);
            line = "%3.0f%% of ~%,d rows, ".formatted(done * 100, estimatedRows) + line
                    + ", ~%,.0f s left".formatted(Math.max(0, estimatedRows - rowsRead) / Math.max(1, rate));
        }
        if (terminal) {
            int width = estimatedRows > 0 ? (int) (30.0 * Math.min(rowsRead, estimatedRows) / estimatedRows)
                    : (int) Math.min(30, seconds);
            out.print("\r" + "#".repeat(width) + " " + line + "   ");
        } else {
            out.println(line);
        }
    }

    void done() {
        if (terminal) {
            out.println();
        }
    }
}
