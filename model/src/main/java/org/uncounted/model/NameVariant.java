package org.uncounted.model;

import org.uncounted.model.vocab.Script;

/** One written form of a person's name, in a given script or romanisation; the text is sensitive. */
public record NameVariant(Script script, SensitiveText text) {
    public NameVariant {
        Checks.required("name.script", script);
        Checks.required("name.text", text);
    }
}
