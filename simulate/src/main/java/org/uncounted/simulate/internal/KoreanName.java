package org.uncounted.simulate.internal;

/** A woman's true Korean name: surname, two given-name syllables and the Hanja chosen for each. */
public record KoreanName(Surname surname, Syllable first, Syllable second, int hanjaFirst, int hanjaSecond) {
    /** Hangul in South Korean spelling, e.g. 김영희. */
    public String hangul() {
        return surname.hangul() + first.hangul() + second.hangul();
    }

    public String hanja() {
        return surname.hanja() + first.hanja().get(hanjaFirst) + second.hanja().get(hanjaSecond);
    }
}
