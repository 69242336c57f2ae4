package org.uncounted.model.vocab;

/** How a victim was recruited (HTCDS MethodOfRecruitment as adapted in domain.md §3.2). Codes are stable. */
public enum RecruitmentMethod implements Vocabulary {
    /** Promise of work in a restaurant, factory or household. */
    JOB_OFFER("job_offer"),
    /** Offers of food, clothing, support or onward travel to the ROK. */
    POSING_AS_BENEFACTOR("posing_as_benefactor"),
    /** Intimate partner or marriage proposition. */
    MARRIAGE_PROPOSITION("marriage_proposition"),
    /** Taken by force. */
    ABDUCTION("abduction"),
    /** Sold or handed over by family. */
    FAMILIAL("familial"),
    /** Smuggling turned into debt or ransom. */
    SMUGGLING_RANSOM("smuggling_ransom"),
    /** Left on her own and was sold after crossing. */
    SELF_INITIATED("self_initiated"),
    /** Any other method. */
    OTHER("other"),
    /** Not known. */
    UNKNOWN("unknown");

    private final String code;

    RecruitmentMethod(String code) {
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
    public static RecruitmentMethod fromCode(String code) {
        return Vocabulary.fromCode(RecruitmentMethod.class, code);
    }
}
