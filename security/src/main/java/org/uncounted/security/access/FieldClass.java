package org.uncounted.security.access;

/** Sensitivity class of a stored field; decides which operation grants receiving it. */
public enum FieldClass {
    /** Names, aliases, narratives, contact details, exact dates and places, attachments (encrypted). */
    IDENTIFYING(Operation.READ_IDENTIFYING),
    /** Coded analytic facts: exploitation type, year, province-level place, price (queryable). */
    CODED(Operation.READ_CODED),
    /** Published, disclosure-checked results. */
    PUBLISHED(Operation.READ_PUBLISHED);

    private final Operation readOperation;

    FieldClass(Operation readOperation) {
        this.readOperation = readOperation;
    }

    /** The operation a user must be allowed to receive fields of this class. */
    public Operation readOperation() {
        return readOperation;
    }
}
