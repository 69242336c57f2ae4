package org.uncounted.app.report;

/** Text forms of headline lines for the CLI. */
public final class HeadlinePublic {
    private HeadlinePublic() {}

    /** "12.3 [10.1, 14.9]" with the interval when there is one. */
    public static String format(HeadlineLine l) {
        String iv = Double.isNaN(l.lower())
                ? ""
                : " [" + HeadlineHtml.num(l.lower()) + ", "
                        + (Double.isInfinite(l.upper()) ? "inf" : HeadlineHtml.num(l.upper())) + "]";
        return HeadlineHtml.num(l.point()) + iv;
    }
}
