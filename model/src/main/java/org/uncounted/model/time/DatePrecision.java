package org.uncounted.model.time;

/** How precisely a source dated something; see {@link ImpreciseDate}. */
public enum DatePrecision {
    DAY,
    MONTH,
    /** A northern-hemisphere season (EDTF 21–24: spring, summer, autumn, winter). */
    SEASON,
    YEAR,
    DECADE,
    /** An interval between two dates, e.g. {@code 2015/2017}. */
    RANGE
}
