package org.uncounted.simulate.internal;

/** Events of a true trajectory, in the vocabulary of the domain model (who did what to whom). */
public enum EventType {
    RECRUITMENT("recruitment"),
    CROSSING("crossing"),
    SALE("sale"),
    EXPLOITATION("exploitation"),
    BIRTH("birth"),
    ESCAPE("escape"),
    ARREST("arrest"),
    RELEASE("release"),
    REPATRIATION("repatriation"),
    NK_DETENTION_END("nk-detention-end"),
    ONWARD_DEPARTURE("onward-departure"),
    ARRIVAL_ROK("arrival-rok"),
    RETURN_NK("return-nk"),
    DEATH("death");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
