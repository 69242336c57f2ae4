package org.uncounted.app.web.cases;

/** Guesses a narrative's language from its script: Hangul → ko, Han without Hangul → zh, otherwise en. */
public final class Languages {
    private Languages() {}

    public static String guess(String text) {
        boolean han = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s == Character.UnicodeScript.HANGUL) {
                return "ko";
            }
            han |= s == Character.UnicodeScript.HAN;
            i += Character.charCount(cp);
        }
        return han ? "zh" : "en";
    }
}
