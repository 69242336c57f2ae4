package org.uncounted.figures;

/** Parses one {@code param} line: id, distribution, arguments (as many as it takes), unit, grade, source. */
final class ParameterLine {
    private ParameterLine() {}

    static RevenueParameter parse(String[] f, String file, int line) {
        String id = RevenueParameters.field(f, 1, file, line);
        String kind = RevenueParameters.field(f, 2, file, line);
        int args = switch (kind) {
            case "fixed" -> 1;
            case "uniform", "lognormal" -> 2;
            case "triangular" -> 3;
            default ->
                throw new InvalidParameterFileException(
                        file,
                        line,
                        "parameter " + id + ": unknown distribution " + kind
                                + " (fixed, uniform, triangular, lognormal)");
        };
        if (f.length != 3 + args + 3) {
            throw new InvalidParameterFileException(
                    file,
                    line,
                    "parameter " + id + " (" + kind + ") needs " + (3 + args + 3) + " tab-separated fields, got "
                            + f.length);
        }
        double[] a = new double[args];
        for (int i = 0; i < args; i++) {
            try {
                a[i] = Double.parseDouble(f[3 + i].trim());
            } catch (NumberFormatException e) {
                throw new InvalidParameterFileException(
                        file, line, "parameter " + id + ": argument " + (i + 1) + " is not a number: " + f[3 + i]);
            }
        }
        Distribution d;
        try {
            d = switch (kind) {
                case "fixed" -> new Distribution.Fixed(a[0]);
                case "uniform" -> new Distribution.Uniform(a[0], a[1]);
                case "lognormal" -> new Distribution.LogNormal(a[0], a[1]);
                default -> new Distribution.Triangular(a[0], a[1], a[2]);
            };
            return new RevenueParameter(id, d, f[3 + args].trim(), f[4 + args].trim(), f[5 + args].trim());
        } catch (InvalidFigureInputException e) {
            throw new InvalidParameterFileException(file, line, e.getMessage());
        }
    }
}
