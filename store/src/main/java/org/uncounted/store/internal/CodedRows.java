package org.uncounted.store.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The compact text of a case's coded list (its events, its consent grants) stored in ONE row per
 * case (migration V4): records separated by {@code ';'}, fields by {@code ','}; an empty field is
 * null; a backslash escapes {@code ','}, {@code ';'} and itself, and {@code \e} is the empty
 * string. Every record of a list has the same number of fields, at least two (so a record is never
 * the empty text, which means "no records"). The V4 migration converts older
 * rows with the same rules in SQL, so both must change together.
 */
public final class CodedRows {
    private CodedRows() {}

    /** Encodes {@code records} (each an array of nullable fields); null for an empty list. */
    public static String encode(List<String[]> records) {
        if (records.isEmpty()) return null;
        StringBuilder out = new StringBuilder(records.size() * 64);
        for (int r = 0; r < records.size(); r++) {
            if (r > 0) out.append(';');
            String[] fields = records.get(r);
            if (fields.length < 2) throw new IllegalArgumentException("a coded record has at least two fields");
            for (int f = 0; f < fields.length; f++) {
                if (f > 0) out.append(',');
                append(out, fields[f]);
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String v) {
        if (v == null) return;
        if (v.isEmpty()) {
            out.append("\\e");
            return;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ',' || c == ';' || c == '\\') out.append('\\');
            out.append(c);
        }
    }

    /**
     * Decodes what {@link #encode} wrote; {@code width} is the number of fields per record.
     *
     * @throws IllegalStateException if the text is not such a list (a stored row was damaged)
     */
    public static List<String[]> decode(String coded, int width) {
        if (width < 2) throw new IllegalArgumentException("a coded record has at least two fields");
        List<String[]> out = new ArrayList<>();
        if (coded == null || coded.isEmpty()) return out;
        String[] record = new String[width];
        int field = 0;
        StringBuilder cur = new StringBuilder();
        boolean present = false;
        int n = coded.length();
        for (int i = 0; i <= n; i++) {
            char c = i == n ? ';' : coded.charAt(i);
            if (c == '\\') {
                if (++i == n) throw damaged("ends in an escape");
                char e = coded.charAt(i);
                if (e == 'e') {
                    present = true;
                } else if (e == ',' || e == ';' || e == '\\') {
                    cur.append(e);
                    present = true;
                } else {
                    throw damaged("unknown escape");
                }
            } else if (c == ',' || c == ';') {
                if (field >= width) throw damaged("has more than " + width + " fields in a record");
                record[field++] = present ? cur.toString() : null;
                cur.setLength(0);
                present = false;
                if (c == ';') {
                    if (field != width) throw damaged("has " + field + " fields in a record, not " + width);
                    out.add(record);
                    record = new String[width];
                    field = 0;
                }
            } else {
                cur.append(c);
                present = true;
            }
        }
        return out;
    }

    private static IllegalStateException damaged(String what) {
        return new IllegalStateException("a stored coded list " + what);
    }
}
