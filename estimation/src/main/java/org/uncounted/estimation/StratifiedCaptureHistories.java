package org.uncounted.estimation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A table read with an optional strata column: the total over all rows and, when strata were asked
 * for, one table per stratum in file order (empty map otherwise).
 */
public record StratifiedCaptureHistories(CaptureHistories total, Map<String, CaptureHistories> strata) {
    public StratifiedCaptureHistories {
        Objects.requireNonNull(total, "total");
        strata = Collections.unmodifiableMap(new LinkedHashMap<>(strata));
    }
}
