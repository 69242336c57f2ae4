package org.uncounted.model.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The places cases may refer to, with lookup by id, code or any name form.
 *
 * <p>{@link #standard()} loads {@code gazetteer.csv} shipped next to this class (its header names
 * the sources): the DPRK and its 13 first-level divisions with the border and source cities, China
 * with every province-level division and the prefectures, cities and towns named in domain.md §4,
 * South Korea, and the transit countries (Laos, Vietnam, Cambodia, Myanmar, Mongolia, Thailand,
 * Russia). Instances are immutable and thread-safe.
 *
 * <p><b>Name lookup.</b> {@link #resolveAll} tries three tiers (see {@code NameKeys}): the name with
 * case, spaces, hyphens, apostrophes and diacritics ignored; then also ignoring administrative
 * suffixes (Province, 省, 市, 도, 자치주 …) and spelling North/South as -pukto/-bukdo/북도/北道 or
 * -namdo/남도/南道; then ignoring North/South altogether. It returns the matches of the first tier
 * that has any. {@link #find} returns the single best match: among those candidates the coarsest
 * level if that is unique (a bare "Jilin" is the province, not Jilin City), otherwise empty.
 */
public final class Gazetteer {
    private static final Gazetteer STANDARD = new Gazetteer(GazetteerCsv.load());

    private final Map<String, Place> byId;
    private final List<Place> inOrder;
    private final Map<String, Place> byCode;
    private final List<Map<String, List<Place>>> nameTiers;
    private final Map<String, List<Place>> children;

    /**
     * A gazetteer over the given places.
     *
     * @throws IllegalArgumentException if ids repeat or a parent is missing
     */
    public Gazetteer(Collection<Place> places) {
        Map<String, Place> ids = new LinkedHashMap<>();
        for (Place p : places) {
            if (ids.put(p.id(), p) != null) {
                throw new IllegalArgumentException("duplicate place id " + p.id());
            }
        }
        Map<String, Place> codes = new HashMap<>();
        Map<String, List<Place>> kids = new HashMap<>();
        for (Place p : ids.values()) {
            if (p.parentId() != null) {
                if (!ids.containsKey(p.parentId())) {
                    throw new IllegalArgumentException("place " + p.id() + " has unknown parent " + p.parentId());
                }
                kids.computeIfAbsent(p.parentId(), k -> new ArrayList<>()).add(p);
            }
            if (p.level() == PlaceLevel.COUNTRY) {
                codes.put(p.countryCode().toUpperCase(), p);
            }
            if (!p.iso3166_2().isEmpty()) {
                codes.put(p.iso3166_2().toUpperCase(), p);
            }
            if (!p.gbt2260().isEmpty()) {
                codes.put(p.gbt2260(), p);
            }
        }
        this.byId = Map.copyOf(ids);
        this.inOrder = List.copyOf(ids.values());
        this.byCode = Map.copyOf(codes);
        this.children = Map.copyOf(kids);
        this.nameTiers = List.of(
                index(ids.values(), NameKeys::exact),
                index(ids.values(), NameKeys::stripped),
                index(ids.values(), NameKeys::undirected));
    }

    /** The shipped gazetteer. */
    public static Gazetteer standard() {
        return STANDARD;
    }

    public Optional<Place> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /**
     * The place with this id.
     *
     * @throws UnknownPlaceException if there is none
     */
    public Place require(String id) {
        Place p = id == null ? null : byId.get(id);
        if (p == null) {
            throw new UnknownPlaceException(String.valueOf(id), "no such place id in the gazetteer");
        }
        return p;
    }

    public boolean contains(String id) {
        return id != null && byId.containsKey(id);
    }

    /** By ISO 3166-1 alpha-2 ({@code KP}), ISO 3166-2 ({@code KP-09}, {@code CN-JL}) or GB/T 2260 ({@code 222401}). */
    public Optional<Place> byCode(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(byCode.get(code.trim().toUpperCase()));
    }

    /**
     * The place a text denotes: an id, a code, or any name form; empty if none or ambiguous (see
     * the class comment).
     */
    public Optional<Place> find(String text) {
        List<Place> candidates = resolveAll(text);
        if (candidates.size() <= 1) {
            return candidates.stream().findFirst();
        }
        PlaceLevel coarsest = candidates.get(0).level();
        boolean unique = candidates.get(1).level() != coarsest;
        return unique ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** Every place the text may denote, coarsest first, then by id (see the class comment). */
    public List<Place> resolveAll(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Place direct = byId.get(text.trim());
        if (direct == null) {
            direct = byCode(text).orElse(null);
        }
        if (direct != null) {
            return List.of(direct);
        }
        List<Function<String, String>> keyers = List.of(NameKeys::exact, NameKeys::stripped, NameKeys::undirected);
        for (int tier = 0; tier < nameTiers.size(); tier++) {
            List<Place> hits = nameTiers.get(tier).get(keyers.get(tier).apply(text));
            if (hits != null) {
                return hits;
            }
        }
        return List.of();
    }

    /** The parent, grandparent … up to the country; empty for a country. */
    public List<Place> ancestors(Place place) {
        List<Place> out = new ArrayList<>();
        for (Place p = parent(place); p != null; p = parent(p)) {
            out.add(p);
        }
        return out;
    }

    /**
     * The place itself if it is at {@code level} or coarser, otherwise its nearest ancestor that is.
     */
    public Place coarsen(Place place, PlaceLevel level) {
        Place p = place;
        while (level.isCoarserThan(p.level())) {
            p = parent(p);
        }
        return p;
    }

    /** The country the place is in (the place itself for a country). */
    public Place countryOf(Place place) {
        return coarsen(place, PlaceLevel.COUNTRY);
    }

    /** Whether {@code place} is {@code area} or lies within it. */
    public boolean isIn(Place place, Place area) {
        for (Place p = place; p != null; p = parent(p)) {
            if (p.id().equals(area.id())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the place lies in the country with this ISO 3166-1 alpha-2 code. */
    public boolean isIn(Place place, String countryCode) {
        return place.countryCode().equalsIgnoreCase(countryCode);
    }

    /** Direct children, by id. */
    public List<Place> children(Place place) {
        return children.getOrDefault(place.id(), List.of());
    }

    /** All places, in file order. */
    public List<Place> all() {
        return inOrder;
    }

    /** Great-circle distance between the two centroids (haversine, Earth radius 6,371.0088 km). */
    public static double distanceKm(Place a, Place b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The normalised key a name is looked up by (tier 1), exposed for diagnostics and tests. */
    public static String normalise(String name) {
        return NameKeys.exact(name);
    }

    private Place parent(Place p) {
        return p.parentId() == null ? null : byId.get(p.parentId());
    }

    private static Map<String, List<Place>> index(Collection<Place> places, Function<String, String> keyer) {
        Map<String, Set<Place>> keys = new HashMap<>();
        for (Place p : places) {
            for (String name : p.allNames()) {
                String key = keyer.apply(name);
                if (!key.isEmpty()) {
                    keys.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(p);
                }
            }
        }
        Comparator<Place> order = Comparator.comparing(Place::level).thenComparing(Place::id);
        Map<String, List<Place>> out = new HashMap<>();
        keys.forEach((k, v) -> out.put(k, v.stream().sorted(order).toList()));
        return Map.copyOf(out);
    }
}
