package org.uncounted.linkage.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Dictionary encoding of one field: each record gets an int code for its value (-1 = missing),
 * and each distinct value is parsed once into a feature object (in parallel; the parse function
 * must be pure); frequencies count records.
 */
final class ValueCodes<F> {
    final int[] codeOf;
    final List<F> features;
    final int[] count;
    final int nonNull;

    ValueCodes(List<String> values, Function<String, F> parse) {
        Map<String, Integer> dict = new HashMap<>();
        java.util.ArrayList<String> distinct = new java.util.ArrayList<>();
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
                c = distinct.size();
                dict.put(v, c);
                distinct.add(v);
            }
            codeOf[i] = c;
        }
        // each distinct value is parsed once, in parallel when there are many (parsers are pure)
        java.util.stream.IntStream range = java.util.stream.IntStream.range(0, distinct.size());
        features = (distinct.size() > 2000 ? range.parallel() : range)
                .mapToObj(i -> parse.apply(distinct.get(i)))
                .collect(java.util.stream.Collectors.toList());
        nonNull = nn;
        count = new int[distinct.size()];
        for (int c : codeOf) if (c >= 0) count[c]++;
    }
}
