package org.uncounted.linkage.internal;

import java.util.List;
import java.util.Locale;

/**
 * Categorical equality (sex, nationality, state): 1 same value (with a term-frequency
 * adjustment when {@code termFrequencies} is on), 0 different. Values are compared trimmed and
 * case-folded.
 */
public final class ExactComparison implements Comparison {
    private final String name;
    private final ValueCodes<String> codes;
    private final boolean tf;
    private final BlockKey blockKind;

    public ExactComparison(String name, List<String> values, boolean termFrequencies, BlockKey blockKind) {
        this.name = name;
        this.codes = new ValueCodes<>(
                values.stream()
                        .map(v -> v == null ? null : v.strip().toLowerCase(Locale.ROOT))
                        .toList(),
                v -> v);
        this.tf = termFrequencies;
        this.blockKind = blockKind;
    }

    private ExactComparison(ExactComparison o) {
        name = o.name;
        codes = o.codes;
        tf = o.tf;
        blockKind = o.blockKind;
    }

    @Override
    public Comparison copy() {
        return new ExactComparison(this);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int levelCount() {
        return 2;
    }

    @Override
    public String levelLabel(int level) {
        return level == 1 ? "same" : "different";
    }

    @Override
    public int level(int a, int b) {
        int ca = codes.codeOf[a], cb = codes.codeOf[b];
        if (ca < 0 || cb < 0) return NULL;
        return ca == cb ? 1 : 0;
    }

    @Override
    public double termFrequency(int a, int b, int level) {
        if (!tf || level != 1) return Double.NaN;
        return codes.count[codes.codeOf[a]] / (double) codes.nonNull;
    }

    @Override
    public long[] keys(int record, BlockKey kind) {
        int c = codes.codeOf[record];
        return c < 0 || kind != blockKind ? EMPTY : new long[] {c};
    }
}
