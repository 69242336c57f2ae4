package org.uncounted.app.web.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.uncounted.model.SensitiveText;

/**
 * A testimony as the intake form records it: consent, the person, and the trajectory crossing → sales →
 * exploitation spells → exit. Every field but the consent may be null: an interviewer may skip any question
 * (trauma-informed interviewing). Codes are the model's vocabulary codes; places are gazetteer ids.
 * Identifying fields are {@link SensitiveText}.
 */
public record Testimony(
        String id,
        Status status,
        String sourceId,
        Consent consent,
        Person person,
        Crossing crossing,
        List<Sale> sales,
        List<Spell> spells,
        Exit exit,
        SensitiveText narrative,
        String narrativeLanguage,
        String recordedBy,
        Instant updated) {

    public enum Status {
        DRAFT,
        RECORDED
    }

    /** Consent is asked first; without {@code given} nothing but the refusal is kept. */
    public record Consent(boolean given, Set<String> purposes, String method) {
        public Consent {
            purposes = purposes == null ? Set.of() : Set.copyOf(purposes);
        }
    }

    public record Person(SensitiveText name, SensitiveText nameOther, Integer birthYear, String originPlace) {}

    public record Crossing(Integer year, Integer month, String place) {}

    public record Sale(Integer year, String place, String saleType, BigDecimal amount, String currency) {}

    public record Spell(String exploitationType, String place, Integer startYear, Integer endYear) {
        /** Years in the spell when both ends are known, else null. */
        public Integer durationYears() {
            return startYear == null || endYear == null ? null : Math.max(0, endYear - startYear);
        }
    }

    public record Exit(String outcome, Integer year, String place) {}

    public Testimony {
        if (id == null || !id.matches("[A-Za-z0-9._:-]{1,64}")) {
            throw new IllegalArgumentException("id: must be 1-64 letters, digits or ._:- (e.g. C-000001)");
        }
        if (status == null || consent == null) {
            throw new IllegalArgumentException("status and consent are required");
        }
        if (status == Status.RECORDED && !consent.given()) {
            throw new IllegalArgumentException("consent: a testimony without consent cannot be recorded");
        }
        sales = sales == null ? List.of() : List.copyOf(sales);
        spells = spells == null ? List.of() : List.copyOf(spells);
        narrative = narrative == null ? SensitiveText.empty() : narrative;
        person = person == null ? new Person(null, null, null, null) : person;
    }

    /** The first year of the trajectory that is known (crossing, else first sale, else first spell). */
    public Integer firstYear() {
        if (crossing != null && crossing.year() != null) {
            return crossing.year();
        }
        return sales.stream()
                .map(Sale::year)
                .filter(y -> y != null)
                .findFirst()
                .orElse(spells.stream()
                        .map(Spell::startYear)
                        .filter(y -> y != null)
                        .findFirst()
                        .orElse(null));
    }
}
