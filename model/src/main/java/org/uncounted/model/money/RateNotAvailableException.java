package org.uncounted.model.money;

/**
 * A conversion or deflation needs a rate or index that the shipped tables do not have (a year
 * outside the table, or a currency such as KPW that is never converted).
 */
public class RateNotAvailableException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public RateNotAvailableException(String message) {
        super(message);
    }
}
