package org.uncounted.security.keys;

/**
 * A wrapped key was wrapped under a different key-encryption key than the header names, e.g.
 * after a crash between writing the re-wrapped keys and the new header during rotation.
 */
public class KeyringMismatchException extends SecurityException {
    private static final long serialVersionUID = 1L;

    public KeyringMismatchException(String message) {
        super(message);
    }
}
