package org.uncounted.formats;

import org.uncounted.model.Case;

/**
 * Receives a file's content one case at a time, so that no file is ever held in memory whole.
 * Readers stop passing cases after the first error; the receiver must then discard what it got
 * (roll back) — imports are all-or-nothing.
 */
public interface CaseHandler {
    /** Called once, before any case, with the file's header. */
    default void header(CaseFileHeader header) {}

    /** Called for each valid case, in file order; {@code line} is where the case starts. */
    void accept(Case c, long line);
}
