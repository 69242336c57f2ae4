package org.uncounted.store;

import java.nio.file.Path;
import org.uncounted.security.keys.KdfParameters;

/** A storage backend under test: creates and reopens one store; drops it afterwards. */
interface Backend extends AutoCloseable {
    char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    CaseStore create();

    CaseStore reopen(char[] passphrase);

    /** A brand-new, empty store of the same kind (for round trips). */
    Backend fresh();

    @Override
    void close();

    /** Everything the backend holds at rest, as raw bytes (files, or a dump of every table). */
    byte[] rawBytes();

    /** Embedded H2 in a directory. */
    static Backend h2(Path dir) {
        return new Backend() {
            @Override
            public CaseStore create() {
                return CaseStore.createEmbedded(dir, PASSPHRASE, KdfParameters.forTestsOnly());
            }

            @Override
            public CaseStore reopen(char[] passphrase) {
                return CaseStore.openEmbedded(dir, passphrase);
            }

            @Override
            public Backend fresh() {
                return h2(dir.resolveSibling(dir.getFileName() + "-fresh" + System.nanoTime()));
            }

            @Override
            public void close() {}

            @Override
            public byte[] rawBytes() {
                var out = new java.io.ByteArrayOutputStream();
                try (var files = java.nio.file.Files.walk(dir)) {
                    for (Path f :
                            files.filter(java.nio.file.Files::isRegularFile).toList()) {
                        out.write(java.nio.file.Files.readAllBytes(f));
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return out.toByteArray();
            }

            @Override
            public String toString() {
                return "H2 " + dir;
            }
        };
    }
}
