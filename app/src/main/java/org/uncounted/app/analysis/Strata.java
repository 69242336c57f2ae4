package org.uncounted.app.analysis;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.uncounted.app.analysis.StoredCases.SourcedCase;
import org.uncounted.model.Person;
import org.uncounted.model.event.BorderCrossing;
import org.uncounted.model.event.Event;
import org.uncounted.model.event.ExploitationSpell;

/**
 * How persons are split into strata for stratified multiple systems estimation. A linked person's
 * stratum is taken from all her records: the earliest dated crossing, the origin province most of her
 * records give, the type of her earliest dated exploitation spell. Categories are fixed lists (so the
 * set of strata reveals nothing about the data), with "unknown" for persons whose records do not say.
 */
public enum Strata {
    /** Period of her first crossing into China. */
    CROSSING_PERIOD("crossing-period", "period of first crossing"),
    /** North Korean province of origin. */
    ORIGIN("origin", "province of origin"),
    /** Form of her first exploitation. */
    FIRST_TYPE("first-type", "first form of exploitation");

    public static final String UNKNOWN = "unknown";
    private final String code;
    private final String label;

    Strata(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The stratification named {@code code}. @throws IllegalArgumentException naming the allowed codes */
    public static Strata fromCode(String code) {
        for (Strata s : values()) if (s.code.equals(code)) return s;
        throw new IllegalArgumentException(
                "--stratify: '" + code + "' is not one of crossing-period, origin, first-type");
    }

    /** What one record says about the stratifying variables. */
    record RecordFacts(
            Integer crossingYear, LocalDate crossingDate, String origin, LocalDate spellStart, String type) {}

    /** The facts of every record, by record id (the store id, as {@link CaseLinkRecords} names records). */
    static Map<String, RecordFacts> facts(List<SourcedCase> cases) {
        Map<String, RecordFacts> out = new HashMap<>();
        for (SourcedCase sc : cases) {
            Person victim = CaseLinkRecords.victim(sc.value());
            LocalDate crossing = null;
            LocalDate spell = null;
            String type = null;
            for (Event e : sc.value().events()) {
                if (e instanceof BorderCrossing bc && bc.core().date() != null) {
                    LocalDate d = bc.core().date().midpoint();
                    if (crossing == null || d.isBefore(crossing)) crossing = d;
                } else if (e instanceof ExploitationSpell sp && sp.start() != null) {
                    LocalDate d = sp.start().midpoint();
                    if (spell == null || d.isBefore(spell)) {
                        spell = d;
                        type = sp.exploitationType().code();
                    }
                }
            }
            String origin = victim == null || victim.originPlaceId() == null ? null : province(victim.originPlaceId());
            out.put(
                    Long.toString(sc.storeId()),
                    new RecordFacts(crossing == null ? null : crossing.getYear(), crossing, origin, spell, type));
        }
        return out;
    }

    private static String province(String placeId) {
        String id = placeId.toUpperCase(Locale.ROOT);
        return id.startsWith("KP-") && id.length() >= 5 ? id.substring(0, 5) : null;
    }

    /** Person id → stratum under the linkage {@code personOfRecord}. */
    Function<String, String> of(Map<String, String> personOfRecord, Map<String, RecordFacts> facts) {
        Map<String, String> stratum = new HashMap<>();
        Map<String, LocalDate> earliest = new HashMap<>();
        Map<String, Map<String, Integer>> origins = new HashMap<>();
        personOfRecord.forEach((record, person) -> {
            RecordFacts f = facts.get(record);
            if (f == null) return;
            switch (this) {
                case CROSSING_PERIOD -> {
                    if (f.crossingDate() != null
                            && (earliest.get(person) == null || f.crossingDate().isBefore(earliest.get(person)))) {
                        earliest.put(person, f.crossingDate());
                        stratum.put(person, period(f.crossingYear()));
                    }
                }
                case FIRST_TYPE -> {
                    if (f.spellStart() != null
                            && (earliest.get(person) == null || f.spellStart().isBefore(earliest.get(person)))) {
                        earliest.put(person, f.spellStart());
                        stratum.put(person, typeGroup(f.type()));
                    }
                }
                case ORIGIN -> {
                    if (f.origin() != null) {
                        origins.computeIfAbsent(person, k -> new TreeMap<>()).merge(f.origin(), 1, Integer::sum);
                    }
                }
            }
        });
        origins.forEach((person, counts) -> stratum.put(
                person,
                counts.entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue()
                                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                        .orElseThrow()
                        .getKey()));
        return person -> stratum.getOrDefault(person, UNKNOWN);
    }

    /** The order strata are shown in: periods in time order, other strata by name; unknown last. */
    public java.util.Comparator<String> order() {
        List<String> periods = List.of("before 2005", "2005-2009", "2010-2014", "2015 on");
        java.util.Comparator<String> known = this == CROSSING_PERIOD
                ? java.util.Comparator.comparingInt(periods::indexOf)
                : java.util.Comparator.naturalOrder();
        return java.util.Comparator.<String, Boolean>comparing(UNKNOWN::equals).thenComparing(known);
    }

    static String period(int year) {
        if (year < 2005) return "before 2005";
        if (year < 2010) return "2005-2009";
        if (year < 2015) return "2010-2014";
        return "2015 on";
    }

    private static String typeGroup(String code) {
        return switch (code) {
            case "prostitution", "forced_marriage", "cybersex" -> code;
            default -> "other";
        };
    }
}
