package org.uncounted.simulate.internal;

import java.util.List;

/**
 * One organisation's record of one woman, with the noise of real documentation (P-NOISE-*).
 *
 * @param org organisation id
 * @param personIndex the true woman (truth only; never written into the organisation's file)
 * @param month the record's month (truth)
 * @param recordDate the record's date as written
 * @param name her name as written, or a pseudonym
 * @param birthYear stated birth year, or null
 * @param age stated age at {@code recordDate}, or null
 * @param koreanAge true when the stated age follows Korean reckoning (truth)
 * @param origin home place as written, or null
 * @param place last place in China as written, or null
 * @param events the events the organisation learned of, as recorded
 * @param possiblyInChina she had not reached the ROK by the record's date
 * @param duplicate a within-list duplicate (truth)
 */
public record ObservedRecord(
        String org,
        long personIndex,
        int month,
        ObservedDate recordDate,
        RecordedName name,
        Integer birthYear,
        Integer age,
        boolean koreanAge,
        ObservedPlace origin,
        ObservedPlace place,
        List<ObservedEvent> events,
        boolean possiblyInChina,
        boolean duplicate) {}
