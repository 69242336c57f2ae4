package org.uncounted.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.uncounted.store.CaseStore;
import org.uncounted.store.CaseSummary;
import org.uncounted.store.CaseView;
import org.uncounted.store.EventSummary;
import org.uncounted.store.StoreSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code uncounted cases list|show|purge}. */
@Command(
        name = "cases",
        mixinStandardHelpOptions = true,
        description = "List, show or purge stored cases.",
        subcommands = {CasesCommand.ListCases.class, CasesCommand.Show.class, CasesCommand.Purge.class})
public final class CasesCommand extends CommandGroup {

    /** {@code cases list}. */
    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List cases with their coded fields only (no names, narratives, exact dates or places).")
    static final class ListCases implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(names = "--source", paramLabel = "NAME", description = "Only cases of this source.")
        String source;

        @Option(
                names = "--limit",
                paramLabel = "N",
                defaultValue = "50",
                description = "At most N cases (default ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--after", paramLabel = "ID", defaultValue = "0", description = "Start after case ID (paging).")
        long after;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (CaseStore s = store.open()) {
                List<CaseSummary> cases = s.asOperator().listCases(source, limit, after);
                out.printf(
                        "%8s  %-20s %-14s %3s %-7s %5s %4s %-10s %-20s %6s%n",
                        "id", "source", "record", "rev", "sex", "born", "age", "origin", "status", "events");
                for (CaseSummary c : cases) {
                    out.printf(
                            "%8d  %-20s %-14s %3d %-7s %5s %4s %-10s %-20s %6d%n",
                            c.id(),
                            c.source(),
                            c.sourceRecordId(),
                            c.revision(),
                            c.purged() ? "PURGED" : dash(c.sex()),
                            dash(c.birthYear()),
                            dash(c.ageAtCrossing()),
                            dash(c.originProvince()),
                            dash(c.currentStatus()),
                            c.eventCount());
                }
                out.println(cases.size() + " case(s)"
                        + (cases.size() == limit
                                ? "; more with --after "
                                        + cases.get(cases.size() - 1).id()
                                : ""));
            }
            return 0;
        }
    }

    /** {@code cases show ID}. */
    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = {
                "Show one case: its coded summary and events.",
                "With --identifying, the whole decrypted record (names, narrative) is printed instead; this read"
                        + " is recorded in the audit log."
            })
    static final class Show implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "ID", description = "Case id (from cases list).")
        long id;

        @Option(names = "--identifying", description = "Print the full decrypted record (audited).")
        boolean identifying;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (CaseStore s = store.open()) {
                StoreSession session = s.asOperator();
                if (identifying) {
                    out.println(new String(session.readDocument(id), StandardCharsets.UTF_8));
                    return 0;
                }
                CaseView v = session.caseView(id);
                CaseSummary c = v.summary();
                out.printf(
                        "case %d  source %s  record %s  revision %d%s%n",
                        c.id(), c.source(), c.sourceRecordId(), c.revision(), c.purged() ? "  PURGED" : "");
                out.printf(
                        "victim: sex %s, born %s, age at crossing %s, origin %s, status %s, possibly in China %s%n",
                        dash(c.sex()),
                        dash(c.birthYear()),
                        dash(c.ageAtCrossing()),
                        dash(c.originProvince()),
                        dash(c.currentStatus()),
                        dash(c.possiblyInChina()));
                for (EventSummary e : v.events()) {
                    String years = e.yearFrom() == null
                            ? "-"
                            : e.yearFrom().equals(e.yearTo()) ? "" + e.yearFrom() : e.yearFrom() + "-" + e.yearTo();
                    out.printf(
                            "  %2d %-20s %-9s %-5s %-10s %-18s %s  (asserted by %s, reliability %s)%n",
                            e.position(),
                            e.type(),
                            years,
                            dash(e.country()),
                            dash(e.province()),
                            dash(e.exploitationType()),
                            e.priceAmount() == null
                                    ? ""
                                    : e.priceAmount().toPlainString() + " " + e.priceCurrency() + " (" + e.priceYear()
                                            + ")",
                            e.assertedBy(),
                            e.reliability());
                }
            }
            return 0;
        }
    }

    /** {@code cases purge ID}. */
    @Command(
            name = "purge",
            mixinStandardHelpOptions = true,
            description = {
                "Crypto-shred a case: destroy its data key and delete its record, keeping only ids. This cannot be"
                        + " undone. Copies in backups become unreadable once the backup keys expire"
                        + " (see docs/storage.md)."
            })
    static final class Purge implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "ID", description = "Case id (from cases list).")
        long id;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (CaseStore s = store.open()) {
                s.asOperator().purge(id);
                spec.commandLine().getOut().println("case " + id + " purged: its key is destroyed");
            }
            return 0;
        }
    }

    static String dash(Object o) {
        return o == null ? "-" : o.toString();
    }
}
