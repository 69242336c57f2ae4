package org.uncounted.linkage.internal;

/**
 * Resolves a place as written (any script or romanization) to gazetteer facts: the place id, its
 * ancestors' ids (prefecture, province, country; nearest first) and coordinates when known.
 */
public interface PlaceResolver {
    /** Resolved place facts, or null when the name is unknown. */
    Resolved resolve(String text);

    /** A resolved place; {@code lat}/{@code lon} are NaN when unknown. */
    record Resolved(String id, String[] ancestors, double lat, double lon) {}

    /** A resolver that knows no place: comparisons fall back to strings. */
    PlaceResolver NONE = text -> null;
}
