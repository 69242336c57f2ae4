package org.uncounted.model.vocab;

import java.util.List;

/** A code is not part of its controlled vocabulary; the message lists the allowed codes. */
public class UnknownVocabularyValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String vocabulary;
    private final String value;
    private final List<String> allowed;

    public UnknownVocabularyValueException(String vocabulary, String value, List<String> allowed) {
        super("unknown " + vocabulary + " '" + value + "'; allowed: " + String.join(", ", allowed));
        this.vocabulary = vocabulary;
        this.value = value;
        this.allowed = List.copyOf(allowed);
    }

    public String vocabulary() {
        return vocabulary;
    }

    public String value() {
        return value;
    }

    public List<String> allowed() {
        return allowed;
    }

    /** The rule broken, for file error reports: {@code not a ExploitationType code (allowed: …)}. */
    public String rule() {
        return "not a known " + vocabulary + " code (allowed: " + String.join(", ", allowed) + ")";
    }
}
