package org.uncounted.store.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.uncounted.model.SensitiveText;

/**
 * One case ready to be written: its canonical document (plaintext, sealed before it reaches the
 * database) and the coded projection stored in clear for analysis.
 *
 * @param sourceRecordId the record's id in its source (unique per source)
 * @param document canonical JSON of the whole case (identifying fields included), compressed
 * @param contentMac keyed hash of the uncompressed document (unchanged re-imports are skipped)
 * @param victim coded profile of the case's victim
 * @param events coded events in document order
 * @param consents consent per purpose
 * @param blindValues identifying values to index for exact lookups (field, normalised value)
 */
public record CaseRow(
        String sourceRecordId,
        byte[] document,
        String contentMac,
        Victim victim,
        List<Event> events,
        List<ConsentRow> consents,
        List<BlindValue> blindValues) {
    /** Events of one case are ids {@code caseId * MAX_EVENTS + position}. */
    public static final int MAX_EVENTS = 1024;

    /** Consents and blind indexes of one case are ids {@code caseId * MAX_SMALL_ROWS + position}. */
    public static final int MAX_SMALL_ROWS = 64;

    public CaseRow {
        Objects.requireNonNull(sourceRecordId, "sourceRecordId");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(victim, "victim");
        events = List.copyOf(events);
        consents = List.copyOf(consents);
        blindValues = List.copyOf(blindValues);
        if (consents.size() > MAX_SMALL_ROWS || blindValues.size() > MAX_SMALL_ROWS) {
            throw new IllegalArgumentException(
                    "a case holds at most " + MAX_SMALL_ROWS + " consents and indexed names");
        }
        if (events.size() > MAX_EVENTS) {
            throw new IllegalArgumentException("a case holds at most " + MAX_EVENTS + " events, had " + events.size());
        }
    }

    /** Coded victim profile (all nullable). */
    public record Victim(
            String sex,
            Integer birthYear,
            Integer ageAtCrossing,
            String originProvince,
            String currentStatus,
            Boolean possiblyInChina,
            String reliability) {}

    /** Coded event (all but type nullable). */
    public record Event(
            String type,
            String assertedBy,
            String reliability,
            Integer yearFrom,
            Integer yearTo,
            String datePrecision,
            String country,
            String province,
            String exploitationType,
            BigDecimal priceAmount,
            String priceCurrency,
            Integer priceYear) {
        public Event {
            Objects.requireNonNull(type, "type");
        }
    }

    /** Consent for one purpose (and partner, for sharing): ISO dates, withdrawn null while in force. */
    public record ConsentRow(String purpose, String partner, String givenOn, String withdrawnOn) {}

    /** A value to blind-index: the field (index domain) and the value as written (never printed). */
    public record BlindValue(String field, SensitiveText value) {}
}
