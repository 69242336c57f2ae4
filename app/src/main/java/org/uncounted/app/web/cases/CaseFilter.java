package org.uncounted.app.web.cases;

/**
 * Filters of the case list; null means "any". Years compare with {@link Testimony#firstYear()}. {@code
 * permittedSources} (null: all) limits the list to the sources a user is permitted (the store's per-source
 * permissions).
 */
public record CaseFilter(
        String sourceId,
        String exploitationType,
        Integer fromYear,
        Integer toYear,
        String originPlace,
        java.util.Set<String> permittedSources) {
    public static final CaseFilter ANY = new CaseFilter(null, null, null, null, null);

    public CaseFilter {
        permittedSources = permittedSources == null ? null : java.util.Set.copyOf(permittedSources);
    }

    public CaseFilter(String sourceId, String exploitationType, Integer fromYear, Integer toYear, String originPlace) {
        this(sourceId, exploitationType, fromYear, toYear, originPlace, null);
    }

    public boolean matches(Testimony t) {
        if (sourceId != null && !sourceId.equals(t.sourceId())) {
            return false;
        }
        if (permittedSources != null && !permittedSources.contains(t.sourceId())) {
            return false;
        }
        if (exploitationType != null
                && t.spells().stream().noneMatch(s -> exploitationType.equals(s.exploitationType()))) {
            return false;
        }
        Integer y = t.firstYear();
        if ((fromYear != null || toYear != null) && y == null) {
            return false;
        }
        if (fromYear != null && y < fromYear || toYear != null && y > toYear) {
            return false;
        }
        return originPlace == null || originPlace.equals(t.person().originPlace());
    }
}
