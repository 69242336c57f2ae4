package org.uncounted.linkage;

import java.util.HashMap;
import java.util.Map;

/**
 * Accuracy of a clustering against the truth: pairwise precision, recall and F1 (over pairs of
 * records put in one cluster) and B-cubed precision, recall and F1 (Bagga &amp; Baldwin 1998,
 * averaged per record). Records missing from the truth are ignored.
 */
public record Evaluation(
        double precision, double recall, double f1, double bcubedPrecision, double bcubedRecall, double bcubedF1) {

    /** Evaluates predicted person ids against true person ids, both keyed by record id. */
    public static Evaluation of(Map<String, String> predicted, Map<String, String> truth) {
        Map<String, Long> cell = new HashMap<>();
        Map<String, Long> pred = new HashMap<>();
        Map<String, Long> tru = new HashMap<>();
        for (Map.Entry<String, String> e : predicted.entrySet()) {
            String t = truth.get(e.getKey());
            if (t == null) continue;
            cell.merge(e.getValue() + "\u0000" + t, 1L, Long::sum);
            pred.merge(e.getValue(), 1L, Long::sum);
            tru.merge(t, 1L, Long::sum);
        }
        double tp = 0, pp = 0, tt = 0, bp = 0, br = 0, n = 0;
        for (long c : pred.values()) pp += c * (c - 1) / 2.0;
        for (long c : tru.values()) tt += c * (c - 1) / 2.0;
        for (Map.Entry<String, Long> e : cell.entrySet()) {
            long c = e.getValue();
            tp += c * (c - 1) / 2.0;
            String[] k = e.getKey().split("\u0000", 2);
            bp += (double) c * c / pred.get(k[0]);
            br += (double) c * c / tru.get(k[1]);
            n += c;
        }
        double p = pp == 0 ? 1 : tp / pp, r = tt == 0 ? 1 : tp / tt;
        double bP = n == 0 ? 0 : bp / n, bR = n == 0 ? 0 : br / n;
        return new Evaluation(p, r, f1(p, r), bP, bR, f1(bP, bR));
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** One line: "pairwise P=… R=… F1=… | B-cubed P=… R=… F1=…". */
    public String summary() {
        return String.format(
                "pairwise precision=%.4f recall=%.4f F1=%.4f | B-cubed precision=%.4f recall=%.4f F1=%.4f",
                precision, recall, f1, bcubedPrecision, bcubedRecall, bcubedF1);
    }
}
