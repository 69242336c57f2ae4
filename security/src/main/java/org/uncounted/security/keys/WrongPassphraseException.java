package org.uncounted.security.keys;

/** The passphrase or key file does not match the keyring's key check value. */
public class WrongPassphraseException extends SecurityException {
    private static final long serialVersionUID = 1L;

    public WrongPassphraseException(String message) {
        super(message);
    }
}
