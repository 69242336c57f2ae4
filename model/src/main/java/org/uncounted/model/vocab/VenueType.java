package org.uncounted.model.vocab;

/** Where an exploitation spell took place (domain.md §3.2 venueType; no address). Codes are stable. */
public enum VenueType implements Vocabulary {
    /** Buyer's home (forced marriage, domestic servitude). */
    HOUSEHOLD("household"),
    BROTHEL("brothel"),
    KARAOKE("karaoke"),
    BATHHOUSE("bathhouse"),
    MASSAGE_PARLOUR("massage_parlour"),
    HOTEL("hotel"),
    /** Apartment or room used for webcam work. */
    CYBERSEX_DEN("cybersex_den"),
    FARM("farm"),
    FACTORY("factory"),
    RESTAURANT("restaurant"),
    OTHER("other"),
    UNKNOWN("unknown");

    private final String code;

    VenueType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * The value with this code.
     *
     * @throws UnknownVocabularyValueException if the code is not one of this vocabulary's
     */
    public static VenueType fromCode(String code) {
        return Vocabulary.fromCode(VenueType.class, code);
    }
}
