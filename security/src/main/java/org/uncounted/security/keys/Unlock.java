package org.uncounted.security.keys;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The secret that unlocks a keyring: a passphrase (stretched with Argon2id) or a key file
 * holding 32 random bytes. The keyring copies what it needs and zeroes its copies; callers
 * should zero their own char arrays after use.
 */
public sealed interface Unlock {
    /** A passphrase, as chars (never a String, which cannot be wiped). */
    static Unlock passphrase(char[] passphrase) {
        Objects.requireNonNull(passphrase, "passphrase");
        if (passphrase.length < 12) {
            throw new IllegalArgumentException("passphrase must have at least 12 characters, had " + passphrase.length);
        }
        return new Passphrase(passphrase.clone());
    }

    /** A key file written by {@link KeyFiles#generate(Path)}. */
    static Unlock keyFile(Path path) {
        return new KeyFile(Objects.requireNonNull(path, "path"));
    }

    /** Passphrase unlock; holds a private copy of the characters. */
    final class Passphrase implements Unlock {
        private final char[] chars;

        private Passphrase(char[] chars) {
            this.chars = chars;
        }

        char[] chars() {
            return chars;
        }

        @Override
        public String toString() {
            return "Unlock.passphrase[redacted]";
        }
    }

    /** Key-file unlock. */
    record KeyFile(Path path) implements Unlock {}
}
