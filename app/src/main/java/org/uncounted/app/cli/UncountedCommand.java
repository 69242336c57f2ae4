package org.uncounted.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code uncounted} command. Each verb is a subcommand class of its own in this package. */
@Command(
        name = "uncounted",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description =
                "Document, protect, link and count: trafficking testimony turned into evidence with honest uncertainty.",
        subcommands = {
            CommandLine.HelpCommand.class,
            EstimateCommand.class,
            ServeCommand.class,
            DemoCommand.class,
            SimulateCommand.class,
            LinkCommand.class,
            InitCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            CasesCommand.class,
            StatsCommand.class,
            AuditCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            UsersCommand.class,
            KeysCommand.class,
            ReportCommand.class,
            ConsentCommand.class
        })
public final class UncountedCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A fully configured command line: subcommands, exit-code mapping, error handling. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new UncountedCommand());
        ExceptionHandling.install(cl);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
