package org.uncounted.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Base of the CLI's end-to-end tests: runs {@code uncounted} in-process, capturing what it prints, on a
 * store in a temporary directory ({@code dir/store}, passphrase in {@code dir/pass}).
 */
abstract class CliTest {
    @TempDir
    Path dir;

    /** What the last run printed on standard output and standard error. */
    String out;

    String err;

    /** Runs the command line {@code args}; returns its exit code. */
    int run(String... args) {
        CommandLine cl = UncountedCommand.commandLine();
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        int code = cl.execute(args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    /** {@code args} followed by the test store's {@code --data} and {@code --passphrase-file}. */
    String[] store(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = dir.resolve("store").toString();
        all[args.length + 2] = "--passphrase-file";
        all[args.length + 3] = dir.resolve("pass").toString();
        return all;
    }
}
