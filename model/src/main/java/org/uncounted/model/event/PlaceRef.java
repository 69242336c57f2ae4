package org.uncounted.model.event;

import org.uncounted.model.Checks;
import org.uncounted.model.place.PlaceLevel;

/**
 * Where an event happened: a gazetteer place id and how precisely the source knew it (for example
 * "somewhere in Yanbian" is the Yanbian prefecture id at precision PREFECTURE). Whether the id
 * exists is checked against a {@link org.uncounted.model.place.Gazetteer} by readers and stores.
 */
public record PlaceRef(String placeId, PlaceLevel precision) {
    public PlaceRef {
        Checks.id("place.id", placeId);
        Checks.required("place.precision", precision);
    }
}
