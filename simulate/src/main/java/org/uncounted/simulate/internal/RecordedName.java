package org.uncounted.simulate.internal;

/**
 * A name as a record holds it.
 *
 * @param full the name as written (any script), e.g. "Young-hee Kim", "김영희", "Ms Song"
 * @param surname the surname part as written, empty for pseudonyms
 * @param given the given-name part as written, empty for pseudonyms
 * @param form how it was written (hangul, hanja, rr, mr, mr-plain, adhoc, pinyin, alias-hanzi,
 *     alias-pinyin, pseudonym)
 */
public record RecordedName(String full, String surname, String given, String form) {}
