package org.uncounted.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes record-level data k-anonymous over its quasi-identifiers by global recoding and record
 * suppression, after the Datafly algorithm (Sweeney 2002, "Achieving k-anonymity privacy protection
 * using generalization and suppression", IJUFKS 10(5) §4). While more records sit in classes smaller
 * than k than may be removed, one quasi-identifier is coarsened by one level of its
 * {@link Generalisation}, the same way in every record. Datafly picks the column with the most
 * distinct values. Here the column picked is the one whose coarsening leaves the fewest records at
 * risk, with Datafly's rule breaking ties. This greedy choice by effect kept the age band on the demo
 * data, where Datafly withheld it. Afterwards, the records still in classes smaller than k are
 * removed. Withheld values are the {@code missing} code and count as a value of their own (no
 * wildcard matching), so the guarantee holds for an intruder who knows every quasi-identifier of a
 * person.
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
            int next = bestStep(data, quasiIdentifiers, levels, qiNames);
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

    /**
     * The quasi-identifier whose next coarsening leaves the fewest records at risk (in classes under k);
     * ties go to the one with the most distinct values (Datafly's own rule), then to the first listed.
     * Choosing by effect rather than by distinct values alone spares columns that coarsening would not
     * help: a year spread over 25 values is not withheld while one rare gender value is the problem.
     */
    private int bestStep(Microdata data, List<Generalisation> qis, int[] levels, List<String> qiNames) {
        int best = -1;
        long bestRisk = Long.MAX_VALUE;
        int bestDistinct = -1;
        Microdata current = recode(data, qis, levels);
        for (int q = 0; q < qis.size(); q++) {
            if (levels[q] >= qis.get(q).height() - 1) {
                continue;
            }
            levels[q]++;
            long risk = recode(data, qis, levels).classes(qiNames).values().stream()
                    .filter(c -> c < k)
                    .mapToLong(Integer::longValue)
                    .sum();
            levels[q]--;
            int col = current.column(qis.get(q).column());
            Set<String> distinct = new HashSet<>();
            current.rows().forEach(r -> distinct.add(r.get(col)));
            if (risk < bestRisk || (risk == bestRisk && distinct.size() > bestDistinct)) {
                best = q;
                bestRisk = risk;
                bestDistinct = distinct.size();
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
