package org.uncounted.simulate.internal;

/** The Chinese name a woman uses in China, in Hanzi and pinyin (surname first in both). */
public record ChineseAlias(String surnameHanzi, String givenHanzi, String surnamePinyin, String givenPinyin) {}
