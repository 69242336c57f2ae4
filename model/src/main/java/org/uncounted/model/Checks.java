package org.uncounted.model;

import java.util.Objects;

/** Constructor checks shared by the domain records; each failure names field, value and rule. */
public final class Checks {
    private Checks() {}

    /** A required identifier: not null, not blank, at most 200 chars, no control characters. */
    public static String id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidCaseException(field, String.valueOf(value), "is required and must not be blank");
        }
        if (value.length() > 200) {
            throw new InvalidCaseException(field, value, "must be at most 200 characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidCaseException(field, value, "must not contain control characters");
            }
        }
        return value;
    }

    /** An ISO 3166-1 alpha-2 code (two upper-case ASCII letters) or null. */
    public static String countryCode(String field, String value) {
        if (value != null && !value.matches("[A-Z]{2}")) {
            throw new InvalidCaseException(field, value, "must be an ISO 3166-1 alpha-2 code such as KP, CN, KR");
        }
        return value;
    }

    /** A non-negative count, or null. */
    public static Integer nonNegative(String field, Integer value, int max) {
        if (value != null && (value < 0 || value > max)) {
            throw new InvalidCaseException(field, value, "must be between 0 and " + max);
        }
        return value;
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidCaseException(field, "null", "is required");
        }
        return Objects.requireNonNull(value);
    }
}
