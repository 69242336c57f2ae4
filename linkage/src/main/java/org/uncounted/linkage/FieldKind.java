package org.uncounted.linkage;

import java.util.Locale;
import java.util.Optional;

/** What a column holds, and so how it is compared. Standard column names map to kinds by themselves. */
public enum FieldKind {
    /** Full personal name (surname and given name) in any script. */
    NAME,
    SURNAME,
    GIVEN_NAME,
    /** Date of birth: YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD. */
    BIRTH_DATE,
    BIRTH_YEAR,
    /** Age in years as stated; read with {@link #AGE_AT}, it bounds the birth year. */
    AGE,
    /** Date or year at which the age was stated. */
    AGE_AT,
    SEX,
    /** A place (origin, residence): compared through the gazetteer when it knows the name. */
    PLACE,
    /**
     * A date on the person's path (crossing, first sale, start or end of exploitation, escape) in any
     * imprecise form (YYYY, YYYY-MM, YYYY-MM-DD, ~YYYY, YYYY/YYYY). All columns of this kind are
     * compared together as one comparison, "trajectory", because they depend on each other.
     */
    TRAJECTORY_DATE,
    /** An imprecise event date compared on its own, by the precision both records share. */
    EVENT_DATE,
    /** A categorical value compared for equality, with term frequencies. */
    CATEGORY,
    /** Free text compared as a string. */
    TEXT;

    /** The kind a standard column name implies (name, surname, given_name, birth_date, …). */
    public static Optional<FieldKind> ofStandardName(String column) {
        return switch (column.trim().toLowerCase(Locale.ROOT)) {
            case "name", "full_name" -> Optional.of(NAME);
            case "surname", "family_name", "last_name" -> Optional.of(SURNAME);
            case "given_name", "first_name", "forename" -> Optional.of(GIVEN_NAME);
            case "birth_date", "date_of_birth", "dob" -> Optional.of(BIRTH_DATE);
            case "birth_year" -> Optional.of(BIRTH_YEAR);
            case "age" -> Optional.of(AGE);
            case "age_at" -> Optional.of(AGE_AT);
            case "sex", "gender" -> Optional.of(SEX);
            case "origin", "place", "suburb", "birth_place", "home_town" -> Optional.of(PLACE);
            case "state", "province", "nationality", "exploitation_type", "exit_type", "sale_type" ->
                Optional.of(CATEGORY);
            case "crossing_date", "first_sale_date", "exploitation_start", "exploitation_end", "escape_date" ->
                Optional.of(TRAJECTORY_DATE);
            case "exit_date", "arrest_date", "repatriation_date", "arrival_date", "event_date" ->
                Optional.of(EVENT_DATE);
            default -> Optional.empty();
        };
    }
}
