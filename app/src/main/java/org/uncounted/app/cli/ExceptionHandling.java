package org.uncounted.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.uncounted.app.ExitCodes;
import picocli.CommandLine;

/**
 * Maps failures to exit codes and short messages. Messages of our own exceptions carry ids, never
 * identifying content; stack traces are printed only for bugs.
 */
final class ExceptionHandling {
    private ExceptionHandling() {}

    static void install(CommandLine cl) {
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            int code = exitCodeOf(ex);
            var err = commandLine.getErr();
            if (code == ExitCodes.BUG) {
                err.println("uncounted: internal error (a bug; please report it with this trace):");
                ex.printStackTrace(err);
            } else {
                err.println("uncounted: " + ex.getMessage());
            }
            err.flush();
            return code;
        });
    }

    /**
     * The house convention (docs/architecture.md): bad input is an {@link IllegalArgumentException}
     * subclass named for what failed, refused access a {@link SecurityException}, I/O an
     * {@link IOException} or {@link UncheckedIOException}; anything else is a bug.
     */
    static int exitCodeOf(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException) return ExitCodes.IO;
            if (t instanceof SecurityException) return ExitCodes.DENIED;
            if (t instanceof IllegalArgumentException) return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.BUG;
    }
}
