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
 * @param linkageReplicates plausible linkages sampled for the estimate
 * @param bootstrap bootstrap samples per linkage
 */
public record DemoOptions(
        Path dataDir, long women, long seed, char[] passphrase, boolean quiet, int linkageReplicates, int bootstrap) {
    public DemoOptions {
        if (women < 100) throw new IllegalArgumentException("--women " + women + ": the demo needs at least 100");
        if (linkageReplicates < 1) throw new IllegalArgumentException("--replicates must be at least 1");
        if (bootstrap < 50) throw new IllegalArgumentException("--bootstrap must be at least 50");
    }

    Path simulationDir() {
        return dataDir.resolve("simulation");
    }

    Path storeDir() {
        return dataDir.resolve("store");
    }
}
