package org.uncounted.security.place;

import java.util.Objects;
import org.uncounted.model.Person;
import org.uncounted.model.place.Gazetteer;
import org.uncounted.model.place.Place;
import org.uncounted.model.place.PlaceLevel;
import org.uncounted.security.access.Role;
import org.uncounted.security.access.User;

/**
 * The place rule: for a person who may still be in China, places in China are shown (and
 * exported) no finer than the prefecture, unless the viewer's role reads identifying data
 * (researcher, interviewer; the access policy separately decides whether they may see this case
 * at all). Coded analytic copies of places are province-level for everyone.
 */
public final class PlacePolicy {
    /** The finest level shown for places in China of a person who may still be there. */
    public static final PlaceLevel CHINA_LIMIT = PlaceLevel.PREFECTURE;

    /** The level of the coded (analysable) copy of any place. */
    public static final PlaceLevel CODED_LEVEL = PlaceLevel.PROVINCE;

    private final Gazetteer gazetteer;

    public PlacePolicy(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** The place as {@code role} may see it for this person. */
    public Place visiblePlace(Place place, Person person, Role role) {
        if (role.readsIdentifying() || !mustCoarsen(place, person)) {
            return place;
        }
        return gazetteer.coarsen(place, CHINA_LIMIT);
    }

    /** The place as {@code user} may see it: the finest any of the user's roles allows. */
    public Place visiblePlace(Place place, Person person, User user) {
        return user.roles().stream().anyMatch(Role::readsIdentifying)
                ? place
                : visiblePlace(place, person, Role.VIEWER);
    }

    /** The province-level (or coarser) copy kept for analysis. */
    public Place codedPlace(Place place) {
        return gazetteer.coarsen(place, CODED_LEVEL);
    }

    /** True if the place is in China, finer than a prefecture, and the person may still be there. */
    public boolean mustCoarsen(Place place, Person person) {
        return person.possiblyInChina() && gazetteer.isIn(place, "CN") && CHINA_LIMIT.isCoarserThan(place.level());
    }
}
