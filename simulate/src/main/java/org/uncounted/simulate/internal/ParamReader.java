package org.uncounted.simulate.internal;

import java.util.ArrayList;
import java.util.List;
import org.uncounted.simulate.InvalidSimulationParameterException;
import org.uncounted.simulate.SimulationParameters;

/** Typed, validated reads from {@link SimulationParameters}; errors name file, line, key, value and rule. */
public final class ParamReader {
    private final SimulationParameters params;
    private final int startYear;
    private final int endYear;

    public ParamReader(SimulationParameters params, int startYear, int endYear) {
        this.params = params;
        this.startYear = startYear;
        this.endYear = endYear;
    }

    public int startYear() {
        return startYear;
    }

    public int endYear() {
        return endYear;
    }

    public boolean has(String key) {
        return params.has(key);
    }

    public String text(String key) {
        return params.entry(key).value();
    }

    public double num(String key, double min, double max) {
        return check(key, parseNumber(key, text(key)), min, max);
    }

    public double prob(String key) {
        return num(key, 0, 1);
    }

    public int integer(String key, int min, int max) {
        double v = num(key, min, max);
        if (v != Math.rint(v)) throw bad(key, text(key), "must be a whole number");
        return (int) v;
    }

    /** {@code lo..hi} with min ≤ lo ≤ hi ≤ max. */
    public double[] range(String key, double min, double max) {
        String v = text(key);
        int dots = v.indexOf("..");
        if (dots < 0) throw bad(key, v, "expected a range lo..hi");
        double lo = check(key, parseNumber(key, v.substring(0, dots)), min, max);
        double hi = check(key, parseNumber(key, v.substring(dots + 2)), min, max);
        if (lo > hi) throw bad(key, v, "lower bound above upper bound");
        return new double[] {lo, hi};
    }

    public int[] intRange(String key, int min, int max) {
        double[] r = range(key, min, max);
        return new int[] {(int) r[0], (int) r[1]};
    }

    /** A value per simulated year from {@code y1-y2:v, …}; every simulated year must be covered. */
    public YearTable yearTable(String key, double min, double max) {
        String v = text(key);
        double[] values = new double[endYear - startYear + 1];
        boolean[] seen = new boolean[values.length];
        for (String part : v.split(",")) {
            String p = part.strip();
            int colon = p.indexOf(':');
            if (colon < 0) throw bad(key, v, "expected y1-y2:value pairs");
            String years = p.substring(0, colon).strip();
            double value = check(key, parseNumber(key, p.substring(colon + 1)), min, max);
            int dash = years.indexOf('-');
            int y1 = parseYear(key, v, dash < 0 ? years : years.substring(0, dash));
            int y2 = dash < 0 ? y1 : parseYear(key, v, years.substring(dash + 1));
            for (int y = Math.max(y1, startYear); y <= Math.min(y2, endYear); y++) {
                values[y - startYear] = value;
                seen[y - startYear] = true;
            }
        }
        for (int i = 0; i < seen.length; i++) {
            if (!seen[i]) throw bad(key, v, "does not cover year " + (startYear + i));
        }
        return new YearTable(startYear, values);
    }

    /** A distribution {@code label:weight, …}; weights ≥ 0, renormalised. */
    public Categorical dist(String key) {
        String v = text(key);
        List<String> labels = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (String part : v.split(",")) {
            String p = part.strip();
            int colon = p.lastIndexOf(':');
            if (colon <= 0) throw bad(key, v, "expected label:weight pairs");
            labels.add(p.substring(0, colon).strip());
            weights.add(check(key, parseNumber(key, p.substring(colon + 1)), 0, Double.MAX_VALUE));
        }
        double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        double sum = 0;
        for (double x : w) sum += x;
        if (sum <= 0) throw bad(key, v, "weights must not all be zero");
        return new Categorical(labels, w);
    }

    /** Named numbers {@code label:value, …} (may be negative), in file order. */
    public java.util.Map<String, Double> coefficients(String key) {
        String v = text(key);
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        if (v.isBlank()) return out;
        for (String part : v.split(",")) {
            String p = part.strip();
            int colon = p.lastIndexOf(':');
            if (colon <= 0) throw bad(key, v, "expected label:value pairs");
            if (out.put(p.substring(0, colon).strip(), parseNumber(key, p.substring(colon + 1))) != null) {
                throw bad(key, v, "label '" + p.substring(0, colon).strip() + "' given twice");
            }
        }
        return out;
    }

    /** The value for {@code label} in a {@link #coefficients} entry; a missing label is an error. */
    public double coefficient(String key, String label) {
        Double d = coefficients(key).get(label);
        if (d == null) throw bad(key, text(key), "no value for '" + label + "'");
        return d;
    }

    /** A comma-separated list of whole numbers. */
    public int[] intList(String key) {
        String v = text(key);
        String[] parts = v.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) out[i] = (int) parseNumber(key, parts[i]);
        return out;
    }

    public List<String> list(String key) {
        List<String> out = new ArrayList<>();
        for (String p : text(key).split(",")) if (!p.isBlank()) out.add(p.strip());
        return out;
    }

    /** {@code YYYY-MM} as a month index (year × 12 + month − 1). */
    public int month(String key) {
        String v = text(key);
        if (!v.matches("\\d{4}-\\d{2}")) throw bad(key, v, "expected YYYY-MM");
        int m = Integer.parseInt(v.substring(5));
        if (m < 1 || m > 12) throw bad(key, v, "month must be 01..12");
        return Months.of(Integer.parseInt(v.substring(0, 4)), m);
    }

    private double parseNumber(String key, String s) {
        try {
            double d = Double.parseDouble(s.strip());
            if (Double.isNaN(d) || Double.isInfinite(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw bad(key, s.strip(), "not a number");
        }
    }

    private int parseYear(String key, String v, String s) {
        try {
            int y = Integer.parseInt(s.strip());
            if (y < 1900 || y > 2200) throw bad(key, v, "year " + y + " outside 1900..2200");
            return y;
        } catch (NumberFormatException e) {
            throw bad(key, v, "'" + s.strip() + "' is not a year");
        }
    }

    private double check(String key, double v, double min, double max) {
        if (v < min || v > max) throw bad(key, text(key), "must be within " + min + ".." + max);
        return v;
    }

    private InvalidSimulationParameterException bad(String key, String value, String rule) {
        String origin = params.has(key) ? params.entry(key).origin() : "parameters";
        return new InvalidSimulationParameterException(origin + ": key '" + key + "' value '" + value + "': " + rule);
    }
}
