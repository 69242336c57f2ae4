package org.uncounted.formats.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.uncounted.model.time.ImpreciseDate;

/**
 * Parses imprecise dates through a bounded cache: the same few thousand date strings ("2015-03")
 * recur across a file, and {@link ImpreciseDate} is immutable.
 */
final class Dates {
    private static final int MAX = 50_000;
    private static final Map<String, ImpreciseDate> CACHE = new ConcurrentHashMap<>();

    private Dates() {}

    static ImpreciseDate parse(String text) {
        ImpreciseDate d = CACHE.get(text);
        if (d == null) {
            d = ImpreciseDate.parse(text);
            if (CACHE.size() < MAX) {
                CACHE.put(text, d);
            }
        }
        return d;
    }
}
