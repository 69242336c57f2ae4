package org.uncounted.simulate;

/** Receives progress of a long simulation; the CLI shows it as a progress bar. Called from one thread. */
public interface SimulationProgress {
    /** Does nothing. */
    SimulationProgress NONE = new SimulationProgress() {
        @Override
        public void start(long total) {}

        @Override
        public void advance(long women) {}
    };

    /** Called once before the first {@link #advance}: the number of women to simulate. */
    void start(long total);

    /** {@code women} more women have been simulated and written. */
    void advance(long women);
}
