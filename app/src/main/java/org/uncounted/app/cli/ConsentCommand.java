package org.uncounted.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.uncounted.store.AffectedRelease;
import org.uncounted.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code uncounted consent affected}: the published analyses a withdrawal of consent touches. */
@Command(
        name = "consent",
        mixinStandardHelpOptions = true,
        description = "Consent of the women recorded, and what a withdrawal affects.",
        subcommands = {ConsentCommand.Affected.class})
public final class ConsentCommand extends CommandGroup {

    /** {@code consent affected}. */
    @Command(
            name = "affected",
            mixinStandardHelpOptions = true,
            description = {
                "List every recorded release (see 'report headline') that used a case whose consent to analysis"
                        + " has been withdrawn since (or that was purged), with counts and store case ids.",
                "Exit code 0 when nothing is affected, 1 when some release is."
            })
    static final class Affected implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter o = spec.commandLine().getOut();
            List<AffectedRelease> affected;
            try (CaseStore s = store.open()) {
                affected = s.asOperator().releasesAffectedByConsent(LocalDate.now(ZoneOffset.UTC));
            }
            if (affected.isEmpty()) {
                o.println("no recorded release uses a case whose consent to analysis was withdrawn");
                return 0;
            }
            for (AffectedRelease r : affected) {
                o.println(
                        "release " + r.releaseId() + ": " + r.affectedCaseIds().size() + " of " + r.casesUsed()
                                + " cases no longer consent to analysis: " + r.affectedCaseIds());
            }
            o.println(affected.size() + " release(s) affected: recompute and republish them (docs/security.md)");
            return 1;
        }
    }
}
