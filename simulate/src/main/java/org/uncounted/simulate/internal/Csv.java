package org.uncounted.simulate.internal;

/** RFC 4180 field quoting for the truth and linkage CSV files. */
public final class Csv {
    private Csv() {}

    public static StringBuilder field(StringBuilder sb, String v) {
        if (v == null) return sb;
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) return sb.append(v);
        return sb.append('"').append(v.replace("\"", "\"\"")).append('"');
    }

    /** Appends fields separated by commas and a newline. */
    public static void row(StringBuilder sb, Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) sb.append(',');
            field(sb, fields[i] == null ? null : fields[i].toString());
        }
        sb.append('\n');
    }

    /** A price with at most two decimals and no exponent. */
    public static String money(double v) {
        if (v == 0) return "";
        return java.math.BigDecimal.valueOf(Math.round(v * 100) / 100.0)
                .stripTrailingZeros()
                .toPlainString();
    }
}
