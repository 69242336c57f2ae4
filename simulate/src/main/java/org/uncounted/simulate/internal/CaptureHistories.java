package org.uncounted.simulate.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the true capture histories in the layout the estimators read (one 0/1 column per list,
 * then {@code count}; one row per observed pattern, zero patterns omitted), pooled and by the
 * period of first crossing.
 */
public final class CaptureHistories {
    private CaptureHistories() {}

    public static void write(Path dir, List<OrgSpec> orgs, long[][] patterns, String[] periods) throws IOException {
        StringBuilder pooled = new StringBuilder();
        StringBuilder strat = new StringBuilder("period,");
        for (OrgSpec o : orgs) {
            pooled.append(o.id).append(',');
            strat.append(o.id).append(',');
        }
        pooled.append("count\n");
        strat.append("count\n");
        int k = orgs.size();
        for (int mask = 1; mask < (1 << k); mask++) {
            long total = 0;
            for (int p = 0; p < periods.length; p++) {
                long n = patterns[p][mask];
                total += n;
                if (n > 0)
                    strat.append(periods[p])
                            .append(',')
                            .append(bits(mask, k))
                            .append(n)
                            .append('\n');
            }
            if (total > 0) pooled.append(bits(mask, k)).append(total).append('\n');
        }
        Files.writeString(dir.resolve("capture_histories.csv"), pooled, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("capture_histories_by_period.csv"), strat, StandardCharsets.UTF_8);
    }

    private static String bits(int mask, int k) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < k; j++) sb.append((mask >> j) & 1).append(',');
        return sb.toString();
    }
}
