package org.uncounted.formats;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.uncounted.formats.internal.CaseFileParser;
import org.uncounted.model.place.Gazetteer;

/**
 * Reads and validates JSON case files (docs/formats.md) as a stream: one case at a time, never
 * the whole file in memory (memory per file grows only with the set of record ids, used to detect
 * duplicates).
 *
 * <p>Every problem is collected as a {@link RecordError} ({@code file:line: field 'x' value 'y':
 * rule}; values of sensitive fields read {@code <redacted>}); the report keeps the first {@link
 * FormatLimits#MAX_ERRORS} and counts the rest. Structural problems that make further reading
 * impossible (malformed JSON, wrong encoding, a field over {@link FormatLimits#MAX_FIELD_CHARS})
 * end the pass after being reported. Imports are all-or-nothing: {@link #validate} checks a file
 * without side effects; {@link #read} passes valid cases to a handler only while no error has
 * been seen, and the caller must roll back if the report is not valid. Instances are immutable and
 * thread-safe.
 */
public final class CaseJsonReader {
    private static final CaseJsonReader STANDARD = new CaseJsonReader(Gazetteer.standard());

    private final Gazetteer gazetteer;

    private CaseJsonReader(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer);
    }

    /** A reader that checks places against {@link Gazetteer#standard()}. */
    public static CaseJsonReader standard() {
        return STANDARD;
    }

    /** A reader that checks places against the given gazetteer. */
    public static CaseJsonReader using(Gazetteer gazetteer) {
        return new CaseJsonReader(gazetteer);
    }

    /** Checks the whole file and reports every error, without handing out any case. */
    public CaseFileReport validate(Path file) {
        return read(file, null);
    }

    /**
     * Streams the file: {@code handler.header} once, then {@code handler.accept} for each valid
     * case while the file is still error-free. {@code handler} may be null (validation only).
     *
     * @throws UncheckedIOException if the file cannot be read (not a content error)
     */
    public CaseFileReport read(Path file, CaseHandler handler) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, file.toString(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** As {@link #read(Path, CaseHandler)}, from a stream named {@code fileName} in errors. */
    public CaseFileReport read(InputStream in, String fileName, CaseHandler handler) {
        try {
            return new CaseFileParser(fileName, gazetteer).run(in, handler);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
    }

    /**
     * Reads the file and throws if it had any error.
     *
     * @throws InvalidCaseFileException carrying the report, if any error was found
     */
    public CaseFileReport readOrThrow(Path file, CaseHandler handler) {
        CaseFileReport report = read(file, handler);
        if (!report.isValid()) {
            throw new InvalidCaseFileException(report);
        }
        return report;
    }
}
