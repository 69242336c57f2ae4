package org.uncounted.app.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest (or "development" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = UncountedCommand.class.getPackage().getImplementationVersion();
        return new String[] {"uncounted " + (v == null ? "development" : v), "Java " + Runtime.version()};
    }
}
