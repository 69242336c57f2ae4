package org.uncounted.store;

/** No case with the given id exists in the store (or not in a source the user may read). */
public class CaseNotFoundException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public CaseNotFoundException(String message) {
        super(message);
    }
}
