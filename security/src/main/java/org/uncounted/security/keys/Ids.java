package org.uncounted.security.keys;

import java.util.regex.Pattern;

/** Validation of opaque identifiers (case, row, field and key ids). */
public final class Ids {
    /** Opaque ids only: ASCII letters, digits and {@code . _ : -}, 1 to 128 characters. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    private Ids() {}

    /**
     * Rejects anything that is not an opaque id, so names or narratives cannot be used as ids
     * and leak through AAD, key tables or the audit log. The message does not echo the value.
     */
    public static String require(String what, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " must match " + ID.pattern() + " (opaque id, not content); got "
                    + (id == null ? "null" : id.length() + " chars"));
        }
        return id;
    }
}
