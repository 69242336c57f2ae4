package org.uncounted.app.web.http;

/** Small helpers for reading optional form and JSON fields: blank means "skipped", never an error. */
public final class Form {
    private Form() {}

    public static String opt(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    public static Integer optInt(String field, String v, int min, int max) {
        String s = opt(v);
        if (s == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(s);
            if (n < min || n > max) {
                throw WebInputException.invalid(field, "must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw WebInputException.invalid(field, "must be a whole number");
        }
    }

    public static java.math.BigDecimal optAmount(String field, String v) {
        String s = opt(v);
        if (s == null) {
            return null;
        }
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(s.replace(",", ""));
            if (d.signum() < 0 || d.precision() > 15) {
                throw WebInputException.invalid(field, "must be a non-negative amount");
            }
            return d;
        } catch (NumberFormatException e) {
            throw WebInputException.invalid(field, "must be a number");
        }
    }

    /** A same-site path to return to: must start with one slash; anything else gives "/". */
    public static String safeReturn(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            return "/";
        }
        return path;
    }
}
