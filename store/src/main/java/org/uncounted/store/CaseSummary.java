package org.uncounted.store;

/**
 * The coded view of a stored case: what an analyst may see. No names, narrative, exact dates or
 * places finer than a province. Nullable fields were not recorded by the source.
 *
 * @param id the store's case id (used by {@code cases show}, {@code cases purge})
 * @param source the name of the source the record came from
 * @param sourceRecordId the record's id in that source
 * @param revision 1 when first imported, +1 for each re-import that changed it
 * @param purged true once the case was crypto-shredded (then only ids remain)
 * @param sex sex code of the victim
 * @param birthYear middle of the victim's stated birth years
 * @param ageAtCrossing victim's age in the year of the first border crossing (else first event)
 * @param originProvince gazetteer id of the victim's province of origin
 * @param currentStatus status code of the victim
 * @param possiblyInChina whether she may still be in China (places then stay coarse)
 * @param eventCount number of events the source asserts
 * @param createdBy the user id that first wrote the case (an importer, or whoever recorded it in the web
 *     application): edit rights of interviewers follow it
 */
public record CaseSummary(
        long id,
        String source,
        String sourceRecordId,
        int revision,
        boolean purged,
        String sex,
        Integer birthYear,
        Integer ageAtCrossing,
        String originProvince,
        String currentStatus,
        Boolean possiblyInChina,
        int eventCount,
        String createdBy) {}
