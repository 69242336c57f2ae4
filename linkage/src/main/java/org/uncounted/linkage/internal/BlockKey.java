package org.uncounted.linkage.internal;

/** Kinds of blocking keys that comparisons expose; rules combine them by equality. */
public enum BlockKey {
    FULL_NAME,
    SURNAME,
    GIVEN_NAME,
    BIRTH_YEAR,
    BIRTH_DATE,
    PLACE,
    SEX
}
