package org.uncounted.figures;

/**
 * One input of the revenue model.
 *
 * @param unit e.g. "women", "clients/day", "CNY (2019)"
 * @param grade evidence grade of domain.md: A official, B NGO/UN/academic, C press/testimony, D our assumption
 * @param source where the value comes from (domain.md section and the sources it cites)
 */
public record RevenueParameter(String id, Distribution distribution, String unit, String grade, String source) {
    public RevenueParameter {
        if (id == null || !id.matches("[a-z][a-z0-9_]*")) {
            throw new InvalidFigureInputException("parameter id must match [a-z][a-z0-9_]*: " + id);
        }
        if (grade == null || !grade.matches("[ABCD](/[ABCD])*")) {
            throw new InvalidFigureInputException("parameter " + id + ": grade must be A–D (e.g. B/C): " + grade);
        }
    }
}
