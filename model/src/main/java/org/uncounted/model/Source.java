package org.uncounted.model;

import org.uncounted.model.time.ImpreciseDate;
import org.uncounted.model.vocab.Reliability;
import org.uncounted.model.vocab.SourceType;

/**
 * Where information came from (ESF "information"; domain.md §3.2 Source/Testimony): the
 * documenting organisation, the kind of material, when and where it was taken (the interview
 * country is never a place inside China), by whom (a pseudonym), in which language, and how
 * reliable the organisation judges it. Optional fields may be null.
 */
public record Source(
        String id,
        String organisation,
        SourceType type,
        ImpreciseDate interviewDate,
        String interviewerPseudonym,
        String language,
        String interviewCountry,
        Reliability reliability) {
    public Source {
        Checks.id("source.id", id);
        Checks.id("source.organisation", organisation);
        Checks.required("source.type", type);
        Checks.countryCode("source.interviewCountry", interviewCountry);
        reliability = reliability == null ? Reliability.UNKNOWN : reliability;
    }
}
