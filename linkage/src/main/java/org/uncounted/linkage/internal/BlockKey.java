package org.uncounted.linkage.internal;

/** Kinds of blocking keys that comparisons expose; rules combine them by equality. */
public enum BlockKey {
    FULL_NAME,
    SURNAME,
    GIVEN_NAME,
    BIRTH_YEAR,
    BIRTH_DATE,
    PLACE,
    SEX,
    /** The year and month of an event date (per column), when stated at month precision or finer. */
    EVENT_MONTH,
    /** Every year an event date (per column) may fall in. */
    EVENT_YEAR
}
