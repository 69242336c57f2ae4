package org.uncounted.simulate;

import java.util.Objects;

/**
 * What to simulate.
 *
 * @param women number of women simulated; the entry flows are scaled so that their total over the
 *     horizon is this number (1 ≤ women ≤ 100,000,000)
 * @param seed seed of every random draw: the same settings give byte-identical output
 * @param startYear first simulated year (the parameter tables must cover it)
 * @param endYear last simulated year, ≥ startYear
 * @param parameters the model's parameters
 * @param threads worker threads (1..64); the output does not depend on it
 */
public record SimulationSettings(
        long women, long seed, int startYear, int endYear, SimulationParameters parameters, int threads) {
    public SimulationSettings {
        Objects.requireNonNull(parameters, "parameters");
        if (women < 1 || women > 100_000_000) {
            throw new InvalidSimulationParameterException("women " + women + ": must be within 1..100000000");
        }
        if (startYear < 1950 || endYear > 2100 || endYear < startYear) {
            throw new InvalidSimulationParameterException(
                    "years " + startYear + ".." + endYear + ": need 1950 <= start <= end <= 2100");
        }
        if (threads < 1 || threads > 64) {
            throw new InvalidSimulationParameterException("threads " + threads + ": must be within 1..64");
        }
    }

    /** Defaults of the parameter sheet: 1995–2024, the shipped parameters, two threads. */
    public static SimulationSettings of(long women, long seed) {
        return new SimulationSettings(women, seed, 1995, 2024, SimulationParameters.defaults(), 2);
    }

    public SimulationSettings withYears(int start, int end) {
        return new SimulationSettings(women, seed, start, end, parameters, threads);
    }

    public SimulationSettings withParameters(SimulationParameters p) {
        return new SimulationSettings(women, seed, startYear, endYear, p, threads);
    }

    public SimulationSettings withThreads(int n) {
        return new SimulationSettings(women, seed, startYear, endYear, parameters, n);
    }
}
