package org.uncounted.model;

import java.util.Objects;

/**
 * Identifying text (a name, an alias, a narrative, an exact date of birth) that will not print
 * itself.
 *
 * <p>Guarantees: {@link #toString()} returns {@code [redacted, N chars]} and never the content;
 * {@link #equals} and {@link #hashCode} compare content, so values can be deduplicated without
 * being read. The content is read only through {@link #reveal(Access)}, and an {@link Access} is
 * obtained only through {@link Access#grantedTo(String)}, so every reader of identifying text can
 * be found with {@code grep -rn "Access.grantedTo"}. Modelled on Tink's {@code SecretBytes}.
 */
public final class SensitiveText {
    private static final SensitiveText EMPTY = new SensitiveText("");

    private final String content;

    private SensitiveText(String content) {
        this.content = content;
    }

    /**
     * Wraps identifying text.
     *
     * @throws NullPointerException if {@code content} is null
     */
    public static SensitiveText of(String content) {
        Objects.requireNonNull(content, "sensitive text must not be null (use SensitiveText.empty())");
        return content.isEmpty() ? EMPTY : new SensitiveText(content);
    }

    /** The empty text. */
    public static SensitiveText empty() {
        return EMPTY;
    }

    /** Returns the content; the {@code access} names who reads it and why. */
    public String reveal(Access access) {
        Objects.requireNonNull(access, "reading sensitive text needs an Access");
        return content;
    }

    /** Number of UTF-16 chars, safe to log. */
    public int length() {
        return content.length();
    }

    public boolean isEmpty() {
        return content.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SensitiveText other && content.equals(other.content);
    }

    @Override
    public int hashCode() {
        return content.hashCode();
    }

    /** Never the content: {@code [redacted, N chars]}. */
    @Override
    public String toString() {
        return "[redacted, " + content.length() + " chars]";
    }

    /**
     * Permission to read sensitive text, carrying the purpose for which it was granted. Holders
     * should keep it in a private field and never pass it to code that logs or exports.
     */
    public static final class Access {
        private final String purpose;

        private Access(String purpose) {
            this.purpose = purpose;
        }

        /**
         * Grants read access for a stated purpose (for example {@code "store: encrypt before
         * write"}). Deliberately named so that every call site is greppable and reviewable.
         *
         * @throws IllegalArgumentException if the purpose is blank
         */
        public static Access grantedTo(String purpose) {
            if (purpose == null || purpose.isBlank()) {
                throw new IllegalArgumentException("an Access needs a stated purpose");
            }
            return new Access(purpose);
        }

        public String purpose() {
            return purpose;
        }

        @Override
        public String toString() {
            return "Access[" + purpose + "]";
        }
    }
}
