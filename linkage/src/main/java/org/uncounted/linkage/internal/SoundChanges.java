package org.uncounted.linkage.internal;

/**
 * The sound changes at a syllable boundary that Revised Romanization (2000, art. 3.1) and
 * McCune–Reischauer (1939) both transcribe: liaison of a final before a silent initial,
 * palatalisation, ㅎ aspiration, nasalisation and lateralisation. Finals are reduced to the seven
 * representative sounds {@link #K}..{@link #NG}.
 */
final class SoundChanges {
    static final int NONE = 0, K = 1, N = 2, T = 3, L = 4, M = 5, P = 6, NG = 7;

    /** Representative final sound of each of the 28 final indices. */
    static final int[] FINAL_SOUND = {
        NONE, K, K, K, N, N, N, T, L, K, M, L, L, L, P, L, M, P, P, T, T, NG, T, T, K, T, P, T
    };

    /** For liaison: the initial index a final moves to before ㅇ (-1 = nothing moves). */
    private static final int[] LIAISON_INITIAL = {
        -1, Hangul.G, Hangul.KK, Hangul.S, Hangul.N, Hangul.J, Hangul.H, Hangul.D, Hangul.R, Hangul.G, Hangul.M,
        Hangul.B, Hangul.S, Hangul.T, Hangul.P, Hangul.H, Hangul.M, Hangul.B, Hangul.S, Hangul.S, Hangul.SS, -1,
        Hangul.J, Hangul.CH, Hangul.K, Hangul.T, Hangul.P, Hangul.NG
    };
    /** For liaison of a compound final: what stays behind (final index). */
    private static final int[] LIAISON_REMAINDER = {
        0, 0, 0, 1, 0, 4, 4, 0, 0, 8, 8, 8, 8, 8, 8, 8, 0, 0, 17, 0, 0, 21, 0, 0, 0, 0, 0, 0
    };

    private SoundChanges() {}

    /**
     * Applies the boundary rules to a word given as syllables. Returns per syllable the initial
     * (index, possibly changed) and the final sound after the change, in {@code initials} and
     * {@code finals}.
     */
    static void apply(char[] syl, int[] initials, int[] finals) {
        int n = syl.length;
        int[] rawFinal = new int[n];
        for (int i = 0; i < n; i++) {
            initials[i] = Hangul.initial(syl[i]);
            rawFinal[i] = Hangul.finalIndex(syl[i]);
        }
        for (int i = 0; i + 1 < n; i++) {
            int t = rawFinal[i];
            int next = initials[i + 1];
            int nextVowel = Hangul.vowel(syl[i + 1]);
            if (next == Hangul.NG && t != 0 && t != 21) {
                int moved = LIAISON_INITIAL[t];
                if (t == 27) moved = Hangul.NG; // ㅎ before a vowel is silent
                if ((moved == Hangul.D || moved == Hangul.T) && nextVowel == 20) {
                    moved = moved == Hangul.D ? Hangul.J : Hangul.CH; // palatalisation
                }
                initials[i + 1] = moved;
                rawFinal[i] = LIAISON_REMAINDER[t];
            } else if (t == 27 && (next == Hangul.G || next == Hangul.D || next == Hangul.J)) {
                initials[i + 1] = next == Hangul.G ? Hangul.K : next == Hangul.D ? Hangul.T : Hangul.CH;
                rawFinal[i] = 0;
            }
        }
        for (int i = 0; i < n; i++) finals[i] = FINAL_SOUND[rawFinal[i]];
        for (int i = 0; i + 1 < n; i++) {
            int f = finals[i];
            int next = initials[i + 1];
            if (next == Hangul.R) {
                if (f == N || f == L) {
                    finals[i] = L;
                } else if (f != NONE) {
                    initials[i + 1] = Hangul.N;
                    finals[i] = f == K ? NG : f == P ? M : f == T ? N : f;
                }
            } else if (next == Hangul.N || next == Hangul.M) {
                if (f == K) finals[i] = NG;
                else if (f == T) finals[i] = N;
                else if (f == P) finals[i] = M;
                else if (f == L && next == Hangul.N) initials[i + 1] = Hangul.R;
            }
        }
    }

    /** No boundary changes: each syllable as if spoken alone (RR rule for given names). */
    static void isolate(char[] syl, int[] initials, int[] finals) {
        for (int i = 0; i < syl.length; i++) {
            initials[i] = Hangul.initial(syl[i]);
            finals[i] = FINAL_SOUND[Hangul.finalIndex(syl[i])];
        }
    }
}
