package io.kamdesk.bootstrap.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * An import's progress on standard error: rows done, rate and, when the share of the file read is
 * known (CSV: bytes read of the file's size), a bar, percent and time left. On a terminal one line
 * redrawn five times a second; otherwise a plain line at every tenth of the file (or every 10,000
 * rows), so that a log stays short.
 */
final class ProgressDisplay {

    private static final int BAR = 24;
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long ROWS_PER_LINE = 10_000;

    private final PrintStream err;
    private final boolean terminal;
    private final long fileSize;
    private final LongSupplier bytesRead;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private long lastStep;
    private boolean drawn;

    /** {@code bytesRead} null when the share read of the file says nothing of the rows done. */
    ProgressDisplay(PrintStream err, boolean terminal, long fileSize, LongSupplier bytesRead) {
        this.err = err;
        this.terminal = terminal;
        this.fileSize = fileSize;
        this.bytesRead = bytesRead;
    }

    void rowsProcessed(long rows) {
        long now = System.nanoTime();
        if (terminal) {
            if (now - lastDrawn >= REDRAW_NANOS) {
                lastDrawn = now;
                drawn = true;
                err.print("\r" + line(rows, now) + "  ");
                err.flush();
            }
            return;
        }
        double fraction = fraction();
        long step = Double.isNaN(fraction) ? rows / ROWS_PER_LINE : (long) (fraction * 10);
        if (step > lastStep) {
            lastStep = step;
            if (rows > 0) {
                err.println(line(rows, now));
            }
        }
    }

    /** Ends the display, leaving the terminal's line free for the report. */
    void done() {
        if (terminal && drawn) {
            err.print("\r" + " ".repeat(BAR + 60) + "\r");
            err.flush();
        }
    }

    String line(long rows, long now) {
        double seconds = Math.max(now - started, 1) / 1e9;
        String done = String.format(Locale.ROOT, "%,d rows  %,.0f rows/s", rows, rows / seconds);
        double fraction = fraction();
        if (Double.isNaN(fraction)) {
            return done;
        }
        int filled = (int) Math.round(fraction * BAR);
        long left = fraction > 0 ? Math.round(seconds * (1 - fraction) / fraction) : -1;
        return String.format(Locale.ROOT, "[%s%s] %3d%%  %s  ETA %s", "#".repeat(filled), "-".repeat(BAR - filled),
                (int) Math.floor(fraction * 100), done, left < 0 ? "--:--" : clock(left));
    }

    private double fraction() {
        if (bytesRead == null || fileSize <= 0) {
            return Double.NaN;
        }
        return Math.min(1.0, (double) bytesRead.getAsLong() / fileSize);
    }

    private static String clock(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60,
                seconds % 60) : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
