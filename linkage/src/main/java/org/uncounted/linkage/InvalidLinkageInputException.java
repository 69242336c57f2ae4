package org.uncounted.linkage;

/** Bad input to the linkage engine; the message names the file, line, field or rule, never a value. */
public class InvalidLinkageInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidLinkageInputException(String message) {
        super(message);
    }
}
