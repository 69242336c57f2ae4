package org.uncounted.estimation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The published tables in {@code src/test/resources/mse/}. */
final class MseTables {
    private MseTables() {}

    static CaptureHistories load(String name) {
        try (InputStream in = MseTables.class.getResourceAsStream("/mse/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource " + name);
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            return CaptureHistoryCsv.parse(name, lines, null).total();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MseResult estimate(String name, MseMethod method) {
        return MseEstimator.builder().method(method).spread(false).build().estimate(load(name));
    }
}
