package org.uncounted.disclosure;

import java.util.HashSet;
import java.util.List;

/**
 * A classification a table is cross-tabulated by (e.g. {@code origin_province} with its public,
 * fixed list of categories). Tables of one release that use the same dimension name share cells:
 * the margin "North Hamgyong" of a province × year table is the same quantity as the cell
 * "North Hamgyong" of a one-way province table, and disclosure control treats it so.
 *
 * <p>Labels should be the complete public category list, not only the categories that occur,
 * otherwise the set of cells itself leaks information.
 */
public record Dimension(String name, List<String> labels) {
    public Dimension {
        if (name == null || name.isBlank() || name.contains("=") || name.contains(";")) {
            throw new InvalidTableException("dimension name must be non-blank without '=' or ';': " + name);
        }
        labels = List.copyOf(labels);
        if (labels.isEmpty()) {
            throw new InvalidTableException("dimension " + name + " has no labels");
        }
        if (new HashSet<>(labels).size() != labels.size()) {
            throw new InvalidTableException("dimension " + name + " has duplicate labels");
        }
        for (String label : labels) {
            if (label.isBlank() || label.contains(";")) {
                throw new InvalidTableException("dimension " + name + " has a blank label or one containing ';'");
            }
        }
    }

    public static Dimension of(String name, String... labels) {
        return new Dimension(name, List.of(labels));
    }

    public int size() {
        return labels.size();
    }
}
