package org.uncounted.model.vocab;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A controlled vocabulary value with a stable code. Codes are what files and databases hold; enum
 * constant names may be renamed, codes never are.
 */
public interface Vocabulary {
    /** The stable code written to files, lower snake case. */
    String code();

    /**
     * Looks up a value by its code (exact, case-sensitive match).
     *
     * @throws UnknownVocabularyValueException naming the vocabulary and the allowed codes
     */
    static <E extends Enum<E> & Vocabulary> E fromCode(Class<E> type, String code) {
        @SuppressWarnings("unchecked")
        Map<String, E> byCode = (Map<String, E>) CODES.get(type);
        E value = code == null ? null : byCode.get(code);
        if (value == null) {
            throw new UnknownVocabularyValueException(vocabularyName(type), code, codes(type));
        }
        return value;
    }

    /** All codes of a vocabulary, in declaration order. */
    static <E extends Enum<E> & Vocabulary> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Vocabulary::code).toList();
    }

    /** The vocabulary's name as used in messages and docs, e.g. {@code ExploitationType}. */
    static String vocabularyName(Class<?> type) {
        return type.getSimpleName();
    }

    /** Per-enum code index, built once. */
    ClassValue<Map<String, ?>> CODES = new ClassValue<>() {
        @Override
        protected Map<String, ?> computeValue(Class<?> type) {
            Map<String, Object> map = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                Object previous = map.put(((Vocabulary) constant).code(), constant);
                if (previous != null) {
                    throw new IllegalStateException("duplicate code in " + type.getSimpleName());
                }
            }
            return Map.copyOf(map);
        }
    };
}
