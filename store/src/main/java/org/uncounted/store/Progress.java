package org.uncounted.store;

/** Receives progress of long operations (the CLI draws a bar); called from the working thread. */
@FunctionalInterface
public interface Progress {
    /** A no-op. */
    Progress NONE = done -> {};

    /** {@code done} records (or bytes, as the operation documents) processed so far. */
    void advanced(long done);
}
