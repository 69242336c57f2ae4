package org.uncounted.linkage;

/** The romanization systems of Korean that the linkage engine writes and reads. */
public enum RomanizationSystem {
    /** Revised Romanization of Korean, ROK Ministry of Culture and Tourism notice 2000-8. */
    REVISED,
    /** McCune–Reischauer (1939), with breves and apostrophes. */
    MCCUNE_REISCHAUER,
    /**
     * The DPRK's own system (1992, revised 2002) as written in its English-language media: MR-like
     * consonants with kh/th/ph/ch for the aspirates, no diacritics, each name syllable a word.
     */
    DPRK
}
