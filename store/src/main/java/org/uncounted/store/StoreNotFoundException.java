package org.uncounted.store;

/** There is no store where one was expected (run {@code uncounted init} first). */
public class StoreNotFoundException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public StoreNotFoundException(String message) {
        super(message);
    }
}
