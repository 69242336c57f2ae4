package org.uncounted.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes record-level data k-anonymous over its quasi-identifiers with the Datafly algorithm (Sweeney
 * 2002, "Achieving k-anonymity privacy protection using generalization and suppression", IJUFKS 10(5)
 * §4): while more records sit in classes smaller than k than may be removed, the quasi-identifier with
 * the most distinct values is coarsened by one level of its {@link Generalisation} (global recoding:
 * every record the same way); then the records still in classes smaller than k are removed. Withheld
 * values are the {@code missing} code and count as a value of their own (no wildcard matching), so the
 * guarantee holds for an intruder who knows every quasi-identifier of a person.
 *
 * <p>Deterministic: the same data and settings give the same release. Immutable and thread-safe.
 */
public final class KAnonymiser {
    private final int k;
    private final double maxRemovedShare;
    private final String missing;

    private KAnonymiser(int k, double maxRemovedShare, String missing) {
        if (k < 2) {
            throw new InvalidTableException("k-anonymity: k must be at least 2, was " + k);
        }
        if (!(maxRemovedShare >= 0 && maxRemovedShare < 1)) {
            throw new InvalidTableException(
                    "k-anonymity: the share of records that may be removed must be in [0, 1), was " + maxRemovedShare);
        }
        this.k = k;
        this.maxRemovedShare = maxRemovedShare;
        this.missing = missing;
    }

    /** k-anonymity with CTDC's missing code {@code -99}, removing at most 2 % of the records instead of coarsening further. */
    public static KAnonymiser of(int k) {
        return new KAnonymiser(k, 0.02, "-99");
    }

    /** At most this share of the records may be removed before a quasi-identifier is coarsened again. */
    public KAnonymiser maxRemovedShare(double share) {
        return new KAnonymiser(k, share, missing);
    }

    /** The code of a withheld value. */
    public KAnonymiser missing(String code) {
        return new KAnonymiser(k, maxRemovedShare, code);
    }

    public KAnonymisedData apply(Microdata data, List<Generalisation> quasiIdentifiers) {
        List<String> qiNames =
                quasiIdentifiers.stream().map(Generalisation::column).toList();
        qiNames.forEach(data::column); // every quasi-identifier must exist
        int[] levels = new int[quasiIdentifiers.size()];
        long allowed = (long) Math.floor(maxRemovedShare * data.rows().size());
        Microdata current = recode(data, quasiIdentifiers, levels);
        while (true) {
            Map<List<String>, Integer> classes = current.classes(qiNames);
            long atRisk = classes.values().stream()
                    .filter(c -> c < k)
                    .mapToLong(Integer::longValue)
                    .sum();
            if (atRisk <= allowed) {
                break;
            }
            int next = mostDistinct(current, quasiIdentifiers, levels);
            if (next < 0) {
                break; // every quasi-identifier withheld: what is still at risk is removed below
            }
            levels[next]++;
            current = recode(data, quasiIdentifiers, levels);
        }
        Map<List<String>, Integer> classes = current.classes(qiNames);
        int[] idx = qiNames.stream().mapToInt(current::column).toArray();
        List<List<String>> kept = new ArrayList<>();
        for (List<String> r : current.rows()) {
            if (classes.get(Microdata.key(r, idx)) >= k) {
                kept.add(r);
            }
        }
        Microdata released = new Microdata(current.columns(), kept);
        Map<String, Integer> reached = new LinkedHashMap<>();
        for (int q = 0; q < levels.length; q++) {
            reached.put(qiNames.get(q), levels[q]);
        }
        return new KAnonymisedData(
                released, k, reached, data.rows().size() - kept.size(), released.smallestClass(qiNames));
    }

    /** The quasi-identifier (not yet withheld) with the most distinct values; ties go to the first listed. */
    private static int mostDistinct(Microdata current, List<Generalisation> qis, int[] levels) {
        int best = -1;
        int bestCount = -1;
        for (int q = 0; q < qis.size(); q++) {
            if (levels[q] >= qis.get(q).height() - 1) {
                continue;
            }
            int col = current.column(qis.get(q).column());
            Set<String> distinct = new HashSet<>();
            current.rows().forEach(r -> distinct.add(r.get(col)));
            if (distinct.size() > bestCount) {
                best = q;
                bestCount = distinct.size();
            }
        }
        return best;
    }

    private Microdata recode(Microdata data, List<Generalisation> qis, int[] levels) {
        List<List<String>> rows = new ArrayList<>(data.rows().size());
        for (List<String> r : data.rows()) {
            List<String> out = new ArrayList<>(r);
            for (int q = 0; q < qis.size(); q++) {
                Generalisation g = qis.get(q);
                int col = data.column(g.column());
                out.set(col, g.apply(r.get(col), levels[q], missing));
                if (levels[q] >= g.height() - 1) {
                    g.dependents().forEach(d -> out.set(data.column(d), missing));
                }
            }
            rows.add(out);
        }
        return new Microdata(data.columns(), rows);
    }
}
