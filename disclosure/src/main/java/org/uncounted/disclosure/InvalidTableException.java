package org.uncounted.disclosure;

/** A table, release or policy handed to disclosure control is malformed; the message names the field and rule. */
public class InvalidTableException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidTableException(String message) {
        super(message);
    }
}
