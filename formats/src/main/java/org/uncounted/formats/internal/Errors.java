package org.uncounted.formats.internal;

import java.util.ArrayList;
import java.util.List;
import org.uncounted.formats.FormatLimits;
import org.uncounted.formats.RecordError;

/** Collects a file's errors up to {@link FormatLimits#MAX_ERRORS}, counting the rest. */
public final class Errors {
    private final String file;
    private final List<RecordError> kept = new ArrayList<>();
    private long total;

    public Errors(String file) {
        this.file = file;
    }

    public void add(long line, String field, String value, String rule) {
        total++;
        if (kept.size() < FormatLimits.MAX_ERRORS) {
            kept.add(new RecordError(file, line, field, value, rule));
        }
    }

    public long total() {
        return total;
    }

    public List<RecordError> kept() {
        return kept;
    }

    public String file() {
        return file;
    }
}
