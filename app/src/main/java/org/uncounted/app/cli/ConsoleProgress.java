package org.uncounted.app.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for long CLI work, behind one small class so that library code only
 * sees its own progress interfaces. Silent when there is no console, under {@code CI=true} or when
 * the caller asked for quiet output, so logs and pipes stay clean.
 */
public final class ConsoleProgress implements AutoCloseable {
    private final ProgressBar bar;

    private ConsoleProgress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar titled {@code task} for {@code total} units ({@code unit} names them, e.g. "women"). */
    public static ConsoleProgress start(String task, long total, String unit, boolean quiet) {
        if (quiet || !enabled()) return new ConsoleProgress(null);
        PrintStream err = System.err;
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(Math.max(total, 1))
                .setUnit(" " + unit, 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .showSpeed()
                .build();
        return new ConsoleProgress(bar);
    }

    /** Whether bars are drawn at all in this process. */
    public static boolean enabled() {
        return System.console() != null && !"true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Sets the total when it becomes known late (e.g. records in a file). */
    public void maxHint(long total) {
        if (bar != null) bar.maxHint(Math.max(total, 1));
    }

    /** Sets the units done so far. */
    public void stepTo(long done) {
        if (bar != null) bar.stepTo(done);
    }

    /** Adds {@code n} units done. */
    public void stepBy(long n) {
        if (bar != null) bar.stepBy(n);
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
