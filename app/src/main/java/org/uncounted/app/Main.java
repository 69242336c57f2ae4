package org.uncounted.app;

import org.uncounted.app.cli.UncountedCommand;

/** Entry point of the {@code uncounted} command; exit codes are documented in {@link ExitCodes}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI without exiting the JVM; used by tests. */
    public static int run(String... args) {
        return UncountedCommand.commandLine().execute(args);
    }
}
