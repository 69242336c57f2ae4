package org.uncounted.linkage;

import java.util.List;
import org.uncounted.linkage.internal.PlaceResolver;
import org.uncounted.model.place.Gazetteer;
import org.uncounted.model.place.Place;

/**
 * Resolves place names through the gazetteer of the {@code model} module, which knows each place's
 * Hangul, Hanzi, pinyin, RR, MR and Korean-reading forms (연길 = 延吉 = Yanji = 옌지) and its
 * hierarchy. An ambiguous name resolves to its coarsest candidate; an unknown sub-code of a known
 * code (KP-09-CJ) resolves to the known parent (KP-09).
 */
final class GazetteerPlaces implements PlaceResolver {
    private static final GazetteerPlaces STANDARD = new GazetteerPlaces(Gazetteer.standard());
    private static final java.util.regex.Pattern CODE =
            java.util.regex.Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,4}){2,3}");
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
        // a hierarchical code whose last part the gazetteer lacks (KP-09-CJ) is read as its parent (KP-09)
        for (String t = text.strip(); all.isEmpty() && CODE.matcher(t).matches(); ) {
            t = t.substring(0, t.lastIndexOf('-'));
            all = gazetteer.resolveAll(t);
        }
        if (all.isEmpty()) return null;
        Place p = all.get(0);
        List<Place> up = gazetteer.ancestors(p);
        String[] ancestors = up.stream().map(Place::id).toArray(String[]::new);
        return new Resolved(p.id(), ancestors, p.latitude(), p.longitude());
    }
}
