package org.uncounted.app.cli;

import picocli.CommandLine.Command;

/** {@code uncounted estimate}: population-size estimation; the methods are its subcommands. */
@Command(
        name = "estimate",
        mixinStandardHelpOptions = true,
        description = "Estimate hidden totals with honest uncertainty.",
        subcommands = {EstimateMseCommand.class, EstimateBenchCommand.class})
public final class EstimateCommand extends CommandGroup {}
