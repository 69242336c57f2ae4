package org.uncounted.linkage.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Dictionary encoding of one field: each record gets an int code for its value (-1 = missing),
 * and each distinct value is parsed once into a feature object; frequencies count records.
 */
final class ValueCodes<F> {
    final int[] codeOf;
    final List<F> features;
    final int[] count;
    final int nonNull;

    ValueCodes(List<String> values, Function<String, F> parse) {
        Map<String, Integer> dict = new HashMap<>();
        java.util.ArrayList<F> feats = new java.util.ArrayList<>();
        codeOf = new int[values.size()];
        int nn = 0;
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v == null) {
                codeOf[i] = -1;
                continue;
            }
            nn++;
            Integer c = dict.get(v);
            if (c == null) {
                c = feats.size();
                dict.put(v, c);
                feats.add(parse.apply(v));
            }
            codeOf[i] = c;
        }
        features = feats;
        nonNull = nn;
        count = new int[feats.size()];
        for (int c : codeOf) if (c >= 0) count[c]++;
    }
}
