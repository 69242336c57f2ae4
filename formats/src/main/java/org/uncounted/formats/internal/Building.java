package org.uncounted.formats.internal;

import java.util.function.Supplier;
import org.uncounted.model.InvalidCaseException;
import org.uncounted.model.place.UnknownPlaceException;
import org.uncounted.model.vocab.UnknownVocabularyValueException;

/** Runs a model constructor and turns its validation failure into a {@link org.uncounted.formats.RecordError}. */
final class Building {
    private Building() {}

    static <T> T build(Obj o, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidCaseException e) {
            o.error(o.raw(jsonName(e.field())), o.at(jsonName(e.field())), e.value(), e.rule());
        } catch (UnknownVocabularyValueException e) {
            o.error(null, o.path(), e.value(), e.rule());
        } catch (UnknownPlaceException e) {
            o.error(null, o.path(), e.place(), "unknown place: not in the gazetteer");
        }
        return null;
    }

    /** The JSON field name for a model field name ({@code event.sourceId} → {@code sourceId}). */
    static String jsonName(String modelField) {
        String last = modelField.substring(modelField.lastIndexOf('.') + 1);
        return switch (last) {
            case "countryIds" -> "countries";
            case "age" -> "years";
            case "exploitationType" -> "exploitationType";
            default -> last;
        };
    }
}
