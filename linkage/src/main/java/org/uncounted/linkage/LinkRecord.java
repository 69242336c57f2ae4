package org.uncounted.linkage;

import java.util.Map;
import java.util.Objects;

/**
 * One record handed to the linkage engine: an id unique in the run, the source (organisation or
 * list) it came from, and its comparison fields by name (missing or blank = unknown). Values may
 * be identifying; {@link #toString()} never prints them, and the engine never logs them.
 */
public record LinkRecord(String id, String source, Map<String, String> fields) {
    public LinkRecord {
        if (id == null || id.isBlank()) throw new InvalidLinkageInputException("record id must not be blank");
        Objects.requireNonNull(source, "source");
        // sorted, not Map.copyOf: the immutable maps' iteration order is salted per JVM run, and the
        // engine derives its comparison columns from it, so a rerun in a new process must see the
        // same order to reproduce a linkage (and a published release) bit for bit
        java.util.TreeMap<String, String> sorted = new java.util.TreeMap<>();
        fields.forEach((k, v) -> sorted.put(Objects.requireNonNull(k, "field name"), Objects.requireNonNull(v, k)));
        fields = java.util.Collections.unmodifiableMap(sorted);
    }

    /** The value of a field, or null when it is absent or blank. */
    public String get(String field) {
        String v = fields.get(field);
        return v == null || v.isBlank() ? null : v;
    }

    @Override
    public String toString() {
        return "LinkRecord[id=" + id + ", source=" + source + ", fields=" + fields.keySet() + " (values redacted)]";
    }
}
