package org.uncounted.app.web.http;

/**
 * The body of every error response: a stable machine-readable {@code code}, a message naming the rule that
 * failed, and the offending {@code field} (or null). Never carries the submitted value itself, which may be
 * identifying.
 */
public record ApiError(String code, String message, String field) {
    public ApiError {
        if (code == null || code.isBlank()) {
            throw new IllegalStateException("ApiError needs a code");
        }
    }
}
