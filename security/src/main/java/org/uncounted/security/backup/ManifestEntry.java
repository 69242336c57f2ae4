package org.uncounted.security.backup;

import java.util.Arrays;
import org.uncounted.security.internal.Bytes;

/**
 * One line of a backup manifest.
 *
 * @param name entry name
 * @param size bytes
 * @param sha256 SHA-256 of the entry's bytes
 */
public record ManifestEntry(String name, long size, byte[] sha256) {
    public ManifestEntry {
        BackupEntry.requireName(name);
        if (size < 0 || sha256 == null || sha256.length != 32) {
            throw new IllegalArgumentException("manifest entry " + name + " malformed");
        }
        sha256 = sha256.clone();
    }

    @Override
    public byte[] sha256() {
        return sha256.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ManifestEntry m && m.name.equals(name) && m.size == size && Arrays.equals(m.sha256, sha256);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(sha256);
    }

    @Override
    public String toString() {
        return name + " " + size + " " + Bytes.hex(sha256);
    }
}
