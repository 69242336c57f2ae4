package org.uncounted.store;

import java.time.Instant;

/**
 * A draft kept for the web application: its id, the user who began it, its source (nullable), its
 * content (decrypted, in memory only; the caller's format) and when it was last saved.
 */
public record StoredDraft(String draftId, String ownerId, String source, byte[] content, Instant updatedAt) {
    @Override
    public String toString() {
        return "StoredDraft[" + draftId + ", owner " + ownerId + ", content redacted]";
    }
}
