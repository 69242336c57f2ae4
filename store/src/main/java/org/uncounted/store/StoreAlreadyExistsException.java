package org.uncounted.store;

/** {@code init} was asked to create a store where one already exists; nothing was changed. */
public class StoreAlreadyExistsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public StoreAlreadyExistsException(String message) {
        super(message);
    }
}
