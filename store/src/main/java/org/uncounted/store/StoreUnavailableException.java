package org.uncounted.store;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The database could not be reached, read or written (I/O, network, locked file). The message
 * names the location and the SQL state, never a bound value.
 */
public class StoreUnavailableException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message) {
        super(message, new IOException(message));
    }
}
