package org.uncounted.store.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.uncounted.model.SensitiveText;

/**
 * One case ready to be written: its canonical document (plaintext, sealed before it reaches the
 * database) and the coded projection stored in clear for analysis. Events and consents are kept
 * in their coded one-row-per-case form ({@link CodedRows}), computed on the import's worker
 * threads so that the writing thread only binds values.
 *
 * @param sourceRecordId the record's id in its source (unique per source)
 * @param document canonical JSON of the whole case (identifying fields included), compressed
 * @param contentMac keyed hash of the uncompressed document (unchanged re-imports are skipped)
 * @param victim coded profile of the case's victim
 * @param eventCount number of events
 * @param eventsCoded the coded events in document order ({@link Event#FIELDS} fields each), null if none
 * @param consentMask purposes the consent currently allows ({@link ConsentMask})
 * @param consentsCoded the coded consent grants ({@link ConsentRow#FIELDS} fields each), null if none
 * @param blindValues identifying values to index for exact lookups (field, normalised value)
 */
public record CaseRow(
        String sourceRecordId,
        byte[] document,
        String contentMac,
        Victim victim,
        int eventCount,
        String eventsCoded,
        int consentMask,
        String consentsCoded,
        List<BlindValue> blindValues) {
    /** At most this many events per case. */
    public static final int MAX_EVENTS = 1024;

    /** Consents and blind indexes of one case: at most this many; blind indexes use ids {@code caseId * MAX_SMALL_ROWS + position}. */
    public static final int MAX_SMALL_ROWS = 64;

    public CaseRow {
        Objects.requireNonNull(sourceRecordId, "sourceRecordId");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(victim, "victim");
        blindValues = List.copyOf(blindValues);
        if (blindValues.size() > MAX_SMALL_ROWS) {
            throw new IllegalArgumentException("a case holds at most " + MAX_SMALL_ROWS + " indexed names");
        }
        if (eventCount > MAX_EVENTS) {
            throw new IllegalArgumentException("a case holds at most " + MAX_EVENTS + " events, had " + eventCount);
        }
    }

    /** The row of a case with these coded events and consents. */
    public static CaseRow of(
            String sourceRecordId,
            byte[] document,
            String contentMac,
            Victim victim,
            List<Event> events,
            List<ConsentRow> consents,
            List<BlindValue> blindValues) {
        if (consents.size() > MAX_SMALL_ROWS) {
            throw new IllegalArgumentException("a case holds at most " + MAX_SMALL_ROWS + " consents");
        }
        if (events.size() > MAX_EVENTS) {
            throw new IllegalArgumentException("a case holds at most " + MAX_EVENTS + " events, had " + events.size());
        }
        List<String[]> ev = new ArrayList<>(events.size());
        for (Event e : events) ev.add(e.fields());
        List<String[]> co = new ArrayList<>(consents.size());
        for (ConsentRow c : consents) co.add(c.fields());
        return new CaseRow(
                sourceRecordId,
                document,
                contentMac,
                victim,
                events.size(),
                CodedRows.encode(ev),
                ConsentMask.of(consents),
                CodedRows.encode(co),
                blindValues);
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

    /** Coded event (all but type nullable); prices keep two decimals, as the V1 column did. */
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
        /** Fields per coded event. */
        public static final int FIELDS = 12;

        public Event {
            Objects.requireNonNull(type, "type");
            if (priceAmount != null) priceAmount = priceAmount.setScale(2, RoundingMode.HALF_UP);
        }

        String[] fields() {
            return new String[] {
                type,
                assertedBy,
                reliability,
                str(yearFrom),
                str(yearTo),
                datePrecision,
                country,
                province,
                exploitationType,
                priceAmount == null ? null : priceAmount.toPlainString(),
                priceCurrency,
                str(priceYear)
            };
        }

        /** The event stored as {@code f} (from {@link CodedRows#decode}). */
        public static Event of(String[] f) {
            return new Event(
                    f[0],
                    f[1],
                    f[2],
                    integer(f[3]),
                    integer(f[4]),
                    f[5],
                    f[6],
                    f[7],
                    f[8],
                    f[9] == null ? null : new BigDecimal(f[9]),
                    f[10],
                    integer(f[11]));
        }
    }

    /** Consent for one purpose (and partner, for sharing): ISO dates, withdrawn null while in force. */
    public record ConsentRow(String purpose, String partner, String givenOn, String withdrawnOn) {
        /** Fields per coded consent grant. */
        public static final int FIELDS = 4;

        String[] fields() {
            return new String[] {purpose, partner, givenOn, withdrawnOn};
        }
    }

    /** A value to blind-index: the field (index domain) and the value as written (never printed). */
    public record BlindValue(String field, SensitiveText value) {}

    private static String str(Integer i) {
        return i == null ? null : i.toString();
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }
}
