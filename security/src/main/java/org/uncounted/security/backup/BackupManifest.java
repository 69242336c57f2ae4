package org.uncounted.security.backup;

import java.time.Instant;
import java.util.List;

/**
 * What an archive holds: its id (names the key), when it was made, and every entry with its hash.
 *
 * @param archiveId the archive id (its key is {@code Keyring.backupKey(archiveId)})
 * @param createdAt creation time written in the archive header
 * @param entries the entries in archive order
 */
public record BackupManifest(String archiveId, Instant createdAt, List<ManifestEntry> entries) {
    public BackupManifest {
        entries = List.copyOf(entries);
    }

    /** Total payload bytes. */
    public long totalBytes() {
        return entries.stream().mapToLong(ManifestEntry::size).sum();
    }
}
