package org.uncounted.app.cli;

import java.util.concurrent.Callable;
import org.uncounted.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code uncounted init}: creates an encrypted store. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = {
            "Create a new encrypted store: an embedded H2 file in --data (default), or the tables of a PostgreSQL"
                    + " database given with --db.",
            "The passphrase (at least 12 characters) unlocks it; it is never written anywhere, so keep it safe:"
                    + " without it the data cannot be recovered."
        })
public final class InitCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (CaseStore s = store.create()) {
            spec.commandLine().getOut().println("created an encrypted store in " + store.describe());
        }
        return 0;
    }
}
