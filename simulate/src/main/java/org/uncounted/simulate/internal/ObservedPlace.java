package org.uncounted.simulate.internal;

/**
 * A place as a record gives it.
 *
 * @param text as written (Hanzi, Hangul, pinyin, a romanization, English, or a code)
 * @param code the gazetteer code of the place written (truth, at the recorded precision)
 * @param form native, romanized, korean-reading or code
 */
public record ObservedPlace(String text, String code, String form) {}
