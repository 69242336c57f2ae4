package org.uncounted.formats.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.util.regex.Pattern;
import org.uncounted.formats.FormatLimits;

/**
 * The one Jackson factory, configured with the limits of {@link FormatLimits}. Source snippets
 * are kept out of parser locations so that exception messages cannot carry file content.
 */
public final class Json {
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(FormatLimits.MAX_FIELD_CHARS)
                    .maxNameLength(FormatLimits.MAX_FIELD_CHARS)
                    .maxNestingDepth(FormatLimits.MAX_NESTING_DEPTH)
                    .maxNumberLength(100)
                    .build())
            .enable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .enable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private static final Pattern QUOTED = Pattern.compile("'[^']{4,}'");
    private static final Pattern MARKER =
            Pattern.compile("\\(start marker at \\[Source: .*?; line: (\\d+), column: \\d+\\]\\)");

    private Json() {}

    /**
     * A parser message without its location suffix and with quoted tokens longer than three
     * characters replaced by an ellipsis (they may be file content).
     */
    public static String sanitise(String originalMessage) {
        String m = originalMessage == null ? "" : originalMessage;
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl);
        }
        m = MARKER.matcher(m).replaceAll("(opened on line $1)");
        return QUOTED.matcher(m).replaceAll("'…'");
    }
}
