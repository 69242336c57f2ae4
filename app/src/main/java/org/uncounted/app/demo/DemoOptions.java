package org.uncounted.app.demo;

import java.nio.file.Path;

/**
 * What the demo runs on.
 *
 * @param dataDir where the simulation and the encrypted store are written
 * @param women women simulated
 * @param seed the simulation's seed
 * @param passphrase the store's passphrase (from the environment, or generated and printed)
 * @param quiet no progress bars
 */
public record DemoOptions(Path dataDir, long women, long seed, char[] passphrase, boolean quiet) {
    public DemoOptions {
        if (women < 100) throw new IllegalArgumentException("--women " + women + ": the demo needs at least 100");
    }

    Path simulationDir() {
        return dataDir.resolve("simulation");
    }

    Path storeDir() {
        return dataDir.resolve("store");
    }
}
