package org.uncounted.model.vocab;

/** Type of event in a trajectory (domain.md §2.8 and §3.2). Codes are stable. */
public enum EventType implements Vocabulary {
    RECRUITMENT("recruitment"),
    BORDER_CROSSING("border_crossing"),
    SALE("sale"),
    EXPLOITATION_SPELL("exploitation_spell"),
    RESALE("resale"),
    ESCAPE("escape"),
    ARREST("arrest"),
    REPATRIATION("repatriation"),
    ONWARD_TRANSIT("onward_transit"),
    ARRIVAL("arrival");

    private final String code;

    EventType(String code) {
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
    public static EventType fromCode(String code) {
        return Vocabulary.fromCode(EventType.class, code);
    }
}
