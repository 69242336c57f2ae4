package org.uncounted.formats.internal;

import org.uncounted.model.event.PlaceRef;
import org.uncounted.model.place.Gazetteer;
import org.uncounted.model.place.Place;
import org.uncounted.model.place.PlaceLevel;

/** Checks place references against the gazetteer while decoding. */
final class Places {
    static final String UNKNOWN = "unknown place: not a gazetteer id (see docs/formats.md, Places)";

    private final Gazetteer gazetteer;

    Places(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Whether a stored place would be too precise for a person who may still be in China: a place
     * in China finer than prefecture level (domain.md §4, sensitivity rule).
     */
    boolean tooPreciseInChina(PlaceRef ref) {
        if (ref == null) {
            return false;
        }
        Place p = gazetteer.byId(ref.placeId()).orElse(null);
        return p != null && "CN".equals(p.countryCode()) && PlaceLevel.PREFECTURE.isCoarserThan(p.level());
    }

    /** A gazetteer id in a string field, or null (absent or reported). */
    String placeId(Obj o, String name) {
        String id = o.str(name, false);
        if (id != null && !gazetteer.contains(id)) {
            o.error(o.raw(name), o.at(name), id, UNKNOWN);
            return null;
        }
        return id;
    }

    /** A gazetteer id of a country, or null (absent or reported). */
    String countryId(Obj o, JNode node, String field, int index) {
        if (node.kind != JNode.Kind.STRING) {
            o.error(node, where(o, field, index), node.shown(), "must be a string");
            return null;
        }
        Place p = gazetteer.byId(node.text).orElse(null);
        if (p == null) {
            o.error(node, where(o, field, index), node.text, UNKNOWN);
            return null;
        }
        if (p.level() != PlaceLevel.COUNTRY) {
            o.error(node, where(o, field, index), node.text, "must be a country id such as LA, TH, KR");
            return null;
        }
        return p.id();
    }

    private static String where(Obj o, String field, int index) {
        return index < 0 ? o.at(field) : o.at(field, index);
    }

    /** {@code {"id": "CN-222400", "precision": "prefecture"}}, or null (absent or reported). */
    PlaceRef placeRef(Obj parent, String name) {
        Obj o = parent.obj(name, false);
        if (o == null) {
            return null;
        }
        String id = o.str("id", true);
        PlaceLevel precision = o.vocab("precision", PlaceLevel::fromCode, false);
        o.finish("place");
        if (id == null) {
            return null;
        }
        Place place = gazetteer.byId(id).orElse(null);
        if (place == null) {
            o.error(o.raw("id"), o.at("id"), id, UNKNOWN);
            return null;
        }
        if (precision == null) {
            return o.has("precision") ? null : new PlaceRef(id, place.level());
        }
        if (place.level().isCoarserThan(precision)) {
            o.error(
                    o.raw("precision"),
                    o.at("precision"),
                    precision.code(),
                    "must not be finer than the place's own level ("
                            + place.level().code() + ")");
            return null;
        }
        return new PlaceRef(id, precision);
    }
}
