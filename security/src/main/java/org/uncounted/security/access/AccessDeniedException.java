package org.uncounted.security.access;

/** The policy refused an operation; the message names user id, operation and resource ids only. */
public class AccessDeniedException extends SecurityException {
    private static final long serialVersionUID = 1L;

    private final String userId;
    private final Operation operation;

    public AccessDeniedException(String userId, Operation operation, Resource resource) {
        super("user " + userId + " may not " + operation + " on " + resource);
        this.userId = userId;
        this.operation = operation;
        this.resource = resource.toString();
    }

    private final String resource;

    public String userId() {
        return userId;
    }

    public Operation operation() {
        return operation;
    }

    public String resourceDescription() {
        return resource;
    }
}
