package org.uncounted.linkage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.uncounted.linkage.internal.BirthComparison;
import org.uncounted.linkage.internal.BlockKey;
import org.uncounted.linkage.internal.Comparison;
import org.uncounted.linkage.internal.EventDateComparison;
import org.uncounted.linkage.internal.ExactComparison;
import org.uncounted.linkage.internal.FellegiSunter;
import org.uncounted.linkage.internal.LatinNameComparison;
import org.uncounted.linkage.internal.NameReader;
import org.uncounted.linkage.internal.PivotNameComparison;
import org.uncounted.linkage.internal.PlaceComparison;
import org.uncounted.linkage.internal.PlaceResolver;
import org.uncounted.linkage.internal.TrainingPairs;

/**
 * Chooses the comparisons for the columns present and the deterministic rule that fixes the prior:
 * every name comparison at its top level and the birth comparison at "same year" or better.
 * Names are compared in the Hangul pivot space unless the baseline is asked for, or fewer than
 * 20% of the names look Korean or Chinese (Hangul, Han characters, or a Latin surname of the
 * surname table) — then as Latin strings, Splink-style.
 */
record Comparisons(List<Comparison> comparisons, int[] deterministicLevel) {
    /**
     * Blocking rules, applied together (union); rules whose keys a run lacks yield nothing. Names
     * read in the pivot space are precise enough to block on with birth year or place alone.
     */
    static final List<List<BlockKey>> PIVOT_RULES = List.of(
            List.of(BlockKey.FULL_NAME),
            List.of(BlockKey.SURNAME, BlockKey.GIVEN_NAME),
            List.of(BlockKey.GIVEN_NAME, BlockKey.BIRTH_YEAR),
            List.of(BlockKey.SURNAME, BlockKey.BIRTH_DATE),
            List.of(BlockKey.GIVEN_NAME, BlockKey.BIRTH_DATE),
            List.of(BlockKey.BIRTH_DATE, BlockKey.PLACE),
            List.of(BlockKey.SURNAME, BlockKey.BIRTH_YEAR, BlockKey.PLACE),
            List.of(BlockKey.GIVEN_NAME, BlockKey.PLACE),
            List.of(BlockKey.BIRTH_DATE));

    /**
     * Latin-string names (Double Metaphone, first and last three letters as keys) need wider rules
     * to reach the same pair completeness on typo-ridden data such as FEBRL.
     */
    static final List<List<BlockKey>> LATIN_RULES = java.util.stream.Stream.concat(
                    PIVOT_RULES.stream(),
                    java.util.stream.Stream.of(
                            List.of(BlockKey.SURNAME, BlockKey.BIRTH_YEAR),
                            List.of(BlockKey.PLACE, BlockKey.BIRTH_YEAR),
                            List.of(BlockKey.SURNAME, BlockKey.PLACE),
                            // trajectories: records whose names share nothing (pseudonyms, aliases)
                            // meet through a dated event and her birth year or a place
                            List.of(BlockKey.EVENT_MONTH),
                            List.of(BlockKey.EVENT_YEAR, BlockKey.BIRTH_YEAR),
                            List.of(BlockKey.EVENT_YEAR, BlockKey.PLACE)))
            .toList();

    /** The blocking rules for these comparisons: the Latin rules' wide extras also serve pivot names, with small blocks. */
    List<List<BlockKey>> rules() {
        return LATIN_RULES;
    }

    /** The last rules, on trajectories. */
    static final int TRAJECTORY_RULES = 3;

    /**
     * Block-size cap of the trajectory rules: a crossing month or event year is shared by far more
     * women than a name, so larger blocks are thinned to birth-year neighbourhoods (simulate, 53,471
     * records: 194 pairs/record and completeness 0.892 with 50; 280 and 0.926 with 150).
     */
    static final int TRAJECTORY_CAP = 50;

    /** Neighbours per record in a block over the cap (sorted neighbourhood), divided by its keys. */
    static final int WINDOW = 16;

    /** Pairs per record and rule at most (a partner met through several keys counts each time). */
    static final int BUDGET = 256;

    /**
     * Block-size cap per rule (larger blocks are thinned to sorted neighbourhoods of {@link
     * #WINDOW}): the wide rules (surname + year, place + year, surname + place) are compared in full
     * only up to 150 records when names are read in the pivot space, where the strict rules already
     * find most pairs, and the trajectory rules up to {@link #TRAJECTORY_CAP}; this bounds candidate
     * pairs per record on large runs.
     */
    int[] caps(int maxBlock) {
        boolean pivot = comparisons.stream().anyMatch(c -> c instanceof PivotNameComparison);
        int[] caps = new int[LATIN_RULES.size()];
        for (int i = 0; i < caps.length; i++) {
            caps[i] = pivot && i >= PIVOT_RULES.size() ? Math.min(maxBlock, 150) : maxBlock;
            if (i >= LATIN_RULES.size() - TRAJECTORY_RULES) caps[i] = Math.min(maxBlock, TRAJECTORY_CAP);
        }
        return caps;
    }

    static Comparisons build(List<LinkRecord> records, LinkageSettings settings, PlaceResolver places) {
        Map<String, FieldKind> columns = columns(records, settings);
        List<Comparison> out = new ArrayList<>();
        List<Integer> det = new ArrayList<>();
        String name = column(columns, FieldKind.NAME);
        String sur = column(columns, FieldKind.SURNAME);
        String giv = column(columns, FieldKind.GIVEN_NAME);
        boolean pivot = !settings.baseline() && looksKorean(records, name, sur, giv);
        if (name != null) {
            List<String> v = values(records, name);
            out.add(
                    pivot
                            ? new PivotNameComparison("name", v, NameReader::full, NameReader::orders)
                            : new LatinNameComparison("name", v, FieldKind.NAME));
            det.add(out.get(out.size() - 1).levelCount() - 1);
        } else if (pivot && (sur != null || giv != null)) {
            List<String> combined = new ArrayList<>();
            for (LinkRecord r : records) {
                String s = sur == null ? null : r.get(sur), g = giv == null ? null : r.get(giv);
                combined.add(s == null && g == null ? null : (s == null ? "" : s) + "\u0001" + (g == null ? "" : g));
            }
            out.add(new PivotNameComparison("name", combined, v -> {
                int cut = v.indexOf('\u0001');
                return NameReader.parts(v.substring(0, cut), v.substring(cut + 1));
            }));
            det.add(4);
        } else {
            if (sur != null) {
                out.add(new LatinNameComparison("surname", values(records, sur), FieldKind.SURNAME));
                det.add(5);
            }
            if (giv != null) {
                out.add(new LatinNameComparison("given_name", values(records, giv), FieldKind.GIVEN_NAME));
                det.add(5);
            }
        }
        String bd = column(columns, FieldKind.BIRTH_DATE), by = column(columns, FieldKind.BIRTH_YEAR);
        String age = column(columns, FieldKind.AGE), at = column(columns, FieldKind.AGE_AT);
        if (bd != null || by != null || (age != null && at != null)) {
            out.add(new BirthComparison(
                    "birth", values(records, bd), values(records, by), values(records, age), values(records, at)));
            det.add(2);
        }
        List<String> path = new ArrayList<>();
        for (Map.Entry<String, FieldKind> e : columns.entrySet()) {
            if (e.getValue() == FieldKind.TRAJECTORY_DATE) path.add(e.getKey());
        }
        if (!path.isEmpty()) {
            List<List<String>> v = new ArrayList<>();
            for (String c : path) v.add(values(records, c));
            out.add(new EventDateComparison("trajectory", path, v));
            det.add(-1);
        }
        for (Map.Entry<String, FieldKind> e : columns.entrySet()) {
            List<String> v = values(records, e.getKey());
            Comparison c = switch (e.getValue()) {
                case SEX -> new ExactComparison(e.getKey(), v, false, BlockKey.SEX);
                case CATEGORY -> new ExactComparison(e.getKey(), v, true, null);
                case PLACE -> new PlaceComparison(e.getKey(), v, places);
                case TEXT -> new LatinNameComparison(e.getKey(), v, null);
                case EVENT_DATE -> new EventDateComparison(e.getKey(), List.of(e.getKey()), List.of(v));
                default -> null;
            };
            if (c != null) {
                out.add(c);
                det.add(-1);
            }
        }
        return new Comparisons(out, det.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Training sessions: (1) pairs whose names agree fully train everything but the names; (2)
     * pairs born the same year (or on the same day) and, where places exist, from the same place
     * train the names and everything else not used by the filter.
     */
    List<FellegiSunter.Session> sessions(FellegiSunter fs) {
        int k = comparisons.size();
        List<Integer> names = new ArrayList<>(), birth = new ArrayList<>(), place = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            Comparison cmp = comparisons.get(c);
            if (cmp instanceof PivotNameComparison
                    || (cmp instanceof LatinNameComparison && deterministicLevel[c] >= 0)) {
                names.add(c);
            } else if (cmp instanceof BirthComparison) birth.add(c);
            else if (cmp instanceof PlaceComparison) place.add(c);
        }
        List<FellegiSunter.Session> out = new ArrayList<>();
        if (!names.isEmpty()) {
            boolean[] active = new boolean[k];
            for (int c = 0; c < k; c++) active[c] = !names.contains(c);
            out.add(new FellegiSunter.Session(
                    p -> names.stream()
                            .allMatch(
                                    c -> fs.levelOf(p, c) == comparisons.get(c).levelCount() - 1),
                    active));
        }
        List<Integer> filterBy = new ArrayList<>(birth);
        if (!place.isEmpty()) filterBy.add(place.get(0));
        if (!filterBy.isEmpty()) {
            boolean[] active = new boolean[k];
            for (int c = 0; c < k; c++) active[c] = !filterBy.contains(c);
            out.add(new FellegiSunter.Session(
                    p -> filterBy.stream().allMatch(c -> {
                        int l = fs.levelOf(p, c);
                        return comparisons.get(c) instanceof BirthComparison
                                ? l >= 2
                                : l == comparisons.get(c).levelCount() - 1;
                    }),
                    active));
        }
        return out;
    }

    /** True when names are read in the Hangul pivot space (training is then anchored on the prior). */
    boolean pivot() {
        return comparisons.stream().anyMatch(c -> c instanceof PivotNameComparison);
    }

    /**
     * Prior-anchored training sessions for pivot runs ({@link FellegiSunter#trainAnchored}): (A)
     * pairs sharing a full-name reading, sampled from that training block, train everything but the
     * name; (B) pairs whose birth-year ranges overlap and whose first place agrees, sampled from the
     * birth-year × place block, train the names and the other fields. Each session's match share
     * follows from λ and the share of true matches its filter passes under the current m.
     */
    List<FellegiSunter.Anchored> anchoredSessions(FellegiSunter fs, int n, long seed) {
        int k = comparisons.size();
        int name = -1, birth = -1, place = -1;
        for (int c = 0; c < k; c++) {
            Comparison cmp = comparisons.get(c);
            if (cmp instanceof PivotNameComparison && name < 0) name = c;
            else if (cmp instanceof BirthComparison && birth < 0) birth = c;
            else if (cmp instanceof PlaceComparison && place < 0) place = c;
        }
        List<FellegiSunter.Anchored> out = new ArrayList<>();
        if (name >= 0) {
            int nm = name;
            boolean[] active = new boolean[k];
            for (int c = 0; c < k; c++) active[c] = c != nm;
            out.add(new FellegiSunter.Anchored(
                    TrainingPairs.sample(n, comparisons, List.of(BlockKey.FULL_NAME), SESSION_PAIRS, seed),
                    p -> fs.levelOf(p, nm) >= 3,
                    m -> fs.nonNull(nm) * (m[nm][3] + m[nm][4]),
                    active,
                    true));
        }
        if (birth >= 0) {
            int b = birth, pl = place;
            boolean[] active = new boolean[k];
            for (int c = 0; c < k; c++) active[c] = c != b && c != pl;
            List<BlockKey> rule = pl >= 0 ? List.of(BlockKey.BIRTH_YEAR, BlockKey.PLACE) : List.of(BlockKey.BIRTH_YEAR);
            int top = pl >= 0 ? comparisons.get(pl).levelCount() - 1 : -1;
            out.add(new FellegiSunter.Anchored(
                    TrainingPairs.sample(n, comparisons, rule, SESSION_PAIRS, seed + 1),
                    p -> fs.levelOf(p, b) >= 2 && (pl < 0 || fs.levelOf(p, pl) == top),
                    m -> {
                        double q = 0;
                        for (int l = 2; l < m[b].length; l++) q += m[b][l];
                        q *= fs.nonNull(b);
                        return pl < 0 ? q : q * fs.nonNull(pl) * m[pl][top];
                    },
                    active,
                    false));
        }
        return out;
    }

    /** Pairs sampled per anchored training session. */
    static final long SESSION_PAIRS = 600_000;

    /** True if the pattern meets the deterministic rule. */
    boolean deterministic(FellegiSunter fs, int pattern) {
        for (int c = 0; c < deterministicLevel.length; c++) {
            if (deterministicLevel[c] < 0) continue;
            if (fs.levelOf(pattern, c) < deterministicLevel[c]) return false;
        }
        return true;
    }

    private static Map<String, FieldKind> columns(List<LinkRecord> records, LinkageSettings settings) {
        Set<String> present = new LinkedHashSet<>();
        for (LinkRecord r : records) present.addAll(r.fields().keySet());
        Map<String, FieldKind> out = new LinkedHashMap<>();
        for (String c : present) {
            if (settings.fields().containsKey(c)) {
                if (settings.fields().get(c) != null)
                    out.put(c, settings.fields().get(c));
            } else {
                FieldKind.ofStandardName(c).ifPresent(k -> out.put(c, k));
            }
        }
        return out;
    }

    private static String column(Map<String, FieldKind> columns, FieldKind kind) {
        for (Map.Entry<String, FieldKind> e : columns.entrySet()) if (e.getValue() == kind) return e.getKey();
        return null;
    }

    private static List<String> values(List<LinkRecord> records, String column) {
        List<String> out = new ArrayList<>(records.size());
        for (LinkRecord r : records) out.add(column == null ? null : r.get(column));
        return out;
    }

    private static boolean looksKorean(List<LinkRecord> records, String name, String sur, String giv) {
        int seen = 0, korean = 0;
        for (int i = 0; i < records.size(); i += Math.max(1, records.size() / 2000)) {
            LinkRecord r = records.get(i);
            String v = name != null ? r.get(name) : sur != null ? r.get(sur) : giv != null ? r.get(giv) : null;
            if (v == null) continue;
            seen++;
            if (NameReader.looksKorean(v, name == null && sur != null)) korean++;
        }
        return seen > 0 && korean >= 0.2 * seen;
    }
}
