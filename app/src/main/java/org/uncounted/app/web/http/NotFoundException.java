package org.uncounted.app.web.http;

/** The requested resource does not exist (or the caller may not know it exists). Carries only ids. */
public final class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, String id) {
        super(what + " " + id + " not found");
    }
}
