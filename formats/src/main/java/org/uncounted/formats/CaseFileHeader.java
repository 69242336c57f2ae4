package org.uncounted.formats;

import org.uncounted.model.Source;

/** The header of a JSON case file: format name, format version and the source all cases come from. */
public record CaseFileHeader(String format, int version, Source source) {
    /** The value of the {@code format} field. */
    public static final String FORMAT = "uncounted-cases";
    /** The only version this code reads and writes. */
    public static final int VERSION = 1;

    public static CaseFileHeader of(Source source) {
        return new CaseFileHeader(FORMAT, VERSION, source);
    }
}
