package org.uncounted.disclosure;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How one quasi-identifier coarsens: level 0 is the value as recorded, each further level maps the
 * recorded value to a coarser one (e.g. year → five-year period), and the last level always replaces
 * every value by {@code missing} — the column is then withheld. Columns that are derived from this one
 * ({@code dependents}, e.g. CTDC's type flags from the concatenated type) are withheld with it.
 *
 * @param column the quasi-identifier
 * @param levels coarsenings applied to the recorded value, finest first, not including the last level
 * @param dependents columns set to {@code missing} when this column is withheld
 */
public record Generalisation(String column, List<UnaryOperator<String>> levels, List<String> dependents) {
    public Generalisation {
        levels = List.copyOf(levels);
        dependents = List.copyOf(dependents);
    }

    /** A column with no coarsening between its value and withholding it. */
    public static Generalisation withholdOnly(String column) {
        return new Generalisation(column, List.of(), List.of());
    }

    /** Number of levels including the recorded value (0) and withholding (the last). */
    public int height() {
        return levels.size() + 2;
    }

    /** The value at {@code level} (0 = recorded; {@code height()-1} = {@code missing}). */
    public String apply(String value, int level, String missing) {
        if (level == 0 || value.equals(missing)) {
            return value;
        }
        return level >= height() - 1 ? missing : levels.get(level - 1).apply(value);
    }
}
