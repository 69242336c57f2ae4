package org.uncounted.model;

import java.util.ArrayList;
import java.util.List;
import org.uncounted.model.time.Age;
import org.uncounted.model.time.YearRange;
import org.uncounted.model.vocab.CurrentStatus;
import org.uncounted.model.vocab.Ethnicity;
import org.uncounted.model.vocab.Sex;

/**
 * A person in a case: a victim, a perpetrator, a helper. Identifying fields ({@code names}, {@code
 * aliases}, {@code dateOfBirth}) are {@link SensitiveText}; everything else is coded and safe for
 * analysis.
 *
 * <p>{@code birthYears}, {@code statedAge}, {@code originPlaceId} (a gazetteer id, usually a DPRK
 * province), {@code nationality} (ISO 3166-1 alpha-2) may be null. {@code possiblyInChina} means
 * she may still be in China: places in China are then kept at prefecture level or coarser and the
 * record is never published (domain.md §4). {@code groupSize} is 1 for an individual, more for an
 * unnamed group ("three brokers"). Build with {@link #builder(String)}.
 */
public record Person(
        String id,
        String pseudonym,
        List<NameVariant> names,
        List<SensitiveText> aliases,
        SensitiveText dateOfBirth,
        Sex sex,
        YearRange birthYears,
        Age statedAge,
        String originPlaceId,
        String nationality,
        Ethnicity ethnicity,
        boolean possiblyInChina,
        CurrentStatus currentStatus,
        int groupSize) {
    public Person {
        Checks.id("person.id", id);
        pseudonym = pseudonym == null ? "" : pseudonym;
        names = List.copyOf(names);
        aliases = List.copyOf(aliases);
        dateOfBirth = dateOfBirth == null ? SensitiveText.empty() : dateOfBirth;
        sex = sex == null ? Sex.UNKNOWN : sex;
        Checks.countryCode("person.nationality", nationality);
        ethnicity = ethnicity == null ? Ethnicity.UNKNOWN : ethnicity;
        currentStatus = currentStatus == null ? CurrentStatus.UNKNOWN : currentStatus;
        if (groupSize < 1 || groupSize > 10_000) {
            throw new InvalidCaseException("person.groupSize", groupSize, "must be between 1 and 10000");
        }
        if (birthYears != null && (birthYears.first() < 1880 || birthYears.last() > 2100)) {
            throw new InvalidCaseException("person.birthYears", birthYears, "must lie between 1880 and 2100");
        }
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** A builder initialised from this person, to change a few fields. */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.pseudonym = pseudonym;
        b.names.addAll(names);
        b.aliases.addAll(aliases);
        b.dateOfBirth = dateOfBirth;
        b.sex = sex;
        b.birthYears = birthYears;
        b.statedAge = statedAge;
        b.originPlaceId = originPlaceId;
        b.nationality = nationality;
        b.ethnicity = ethnicity;
        b.possiblyInChina = possiblyInChina;
        b.currentStatus = currentStatus;
        b.groupSize = groupSize;
        return b;
    }

    /** Collects a person's fields; {@link #build()} validates them all. */
    public static final class Builder {
        private final String id;
        private String pseudonym;
        private final List<NameVariant> names = new ArrayList<>();
        private final List<SensitiveText> aliases = new ArrayList<>();
        private SensitiveText dateOfBirth;
        private Sex sex;
        private YearRange birthYears;
        private Age statedAge;
        private String originPlaceId;
        private String nationality;
        private Ethnicity ethnicity;
        private boolean possiblyInChina;
        private CurrentStatus currentStatus;
        private int groupSize = 1;

        private Builder(String id) {
            this.id = id;
        }

        public Builder pseudonym(String v) {
            pseudonym = v;
            return this;
        }

        public Builder name(NameVariant v) {
            names.add(v);
            return this;
        }

        public Builder names(List<NameVariant> v) {
            names.clear();
            names.addAll(v);
            return this;
        }

        public Builder alias(SensitiveText v) {
            aliases.add(v);
            return this;
        }

        public Builder aliases(List<SensitiveText> v) {
            aliases.clear();
            aliases.addAll(v);
            return this;
        }

        public Builder dateOfBirth(SensitiveText v) {
            dateOfBirth = v;
            return this;
        }

        public Builder sex(Sex v) {
            sex = v;
            return this;
        }

        public Builder birthYears(YearRange v) {
            birthYears = v;
            return this;
        }

        public Builder statedAge(Age v) {
            statedAge = v;
            return this;
        }

        public Builder originPlaceId(String v) {
            originPlaceId = v;
            return this;
        }

        public Builder nationality(String v) {
            nationality = v;
            return this;
        }

        public Builder ethnicity(Ethnicity v) {
            ethnicity = v;
            return this;
        }

        public Builder possiblyInChina(boolean v) {
            possiblyInChina = v;
            return this;
        }

        public Builder currentStatus(CurrentStatus v) {
            currentStatus = v;
            return this;
        }

        public Builder groupSize(int v) {
            groupSize = v;
            return this;
        }

        /** @throws InvalidCaseException naming the first field that breaks a rule */
        public Person build() {
            return new Person(
                    id,
                    pseudonym,
                    names,
                    aliases,
                    dateOfBirth,
                    sex,
                    birthYears,
                    statedAge,
                    originPlaceId,
                    nationality,
                    ethnicity,
                    possiblyInChina,
                    currentStatus,
                    groupSize);
        }
    }
}
