package org.uncounted.model.vocab;

/** To whom a woman was sold (domain.md §3.2). Codes are stable. */
public enum SaleType implements Vocabulary {
    /** Broker-to-broker transfer. */
    TO_BROKER("to_broker"),
    /** Sale to a 'husband'. */
    TO_HUSBAND("to_husband"),
    /** Sale to a brothel, karaoke or bathhouse owner. */
    TO_BROTHEL("to_brothel"),
    /** Sale to a cybersex operator. */
    TO_CYBERSEX_OPERATOR("to_cybersex_operator"),
    /** Ransom paid by family or a rescuer. */
    RANSOM("ransom"),
    /** Any other buyer. */
    OTHER("other");

    private final String code;

    SaleType(String code) {
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
    public static SaleType fromCode(String code) {
        return Vocabulary.fromCode(SaleType.class, code);
    }
}
