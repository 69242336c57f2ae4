package org.uncounted.linkage;

import java.util.List;
import org.uncounted.linkage.internal.PlaceResolver;
import org.uncounted.model.place.Gazetteer;
import org.uncounted.model.place.Place;

/**
 * Resolves place names through the gazetteer of the {@code model} module, which knows each place's
 * Hangul, Hanzi, pinyin, RR, MR and Korean-reading forms (연길 = 延吉 = Yanji = 옌지) and its
 * hierarchy. An ambiguous name resolves to its coarsest candidate.
 */
final class GazetteerPlaces implements PlaceResolver {
    private static final GazetteerPlaces STANDARD = new GazetteerPlaces(Gazetteer.standard());
    private final Gazetteer gazetteer;

    GazetteerPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    static GazetteerPlaces standard() {
        return STANDARD;
    }

    @Override
    public Resolved resolve(String text) {
        List<Place> all = gazetteer.resolveAll(text);
        if (all.isEmpty()) return null;
        Place p = all.get(0);
        List<Place> up = gazetteer.ancestors(p);
        String[] ancestors = up.stream().map(Place::id).toArray(String[]::new);
        return new Resolved(p.id(), ancestors, p.latitude(), p.longitude());
    }
}
