package org.uncounted.app.web.http;

/** The signed-in user's role lacks the permission a request needs, or nobody is signed in. */
public final class AccessDeniedException extends SecurityException {
    private static final long serialVersionUID = 1L;
    private final boolean signedIn;

    public AccessDeniedException(String permission, boolean signedIn) {
        super(signedIn ? "role lacks permission " + permission : "sign in required");
        this.signedIn = signedIn;
    }

    public boolean signedIn() {
        return signedIn;
    }
}
