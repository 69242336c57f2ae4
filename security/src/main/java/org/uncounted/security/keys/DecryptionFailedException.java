package org.uncounted.security.keys;

/**
 * A ciphertext did not authenticate: it was altered, or it belongs to another case, field or
 * row than the address it was read under. The message names the address, never content.
 */
public class DecryptionFailedException extends SecurityException {
    private static final long serialVersionUID = 1L;

    public DecryptionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
