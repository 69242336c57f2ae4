package org.uncounted.model.money;

import java.math.BigDecimal;
import org.uncounted.model.vocab.Vocabulary;

/**
 * The currencies sources report prices in (ISO 4217 codes), each with the number of minor digits
 * used when rounding converted amounts and an absurdity bound for a single price.
 *
 * <p><b>Absurdity bound.</b> The largest single payments documented in this field are crossing or
 * escape fees of about USD 15,000 and "wife" prices of USD 10,000–12,000 (domain.md §2.5, §5.7). A
 * price above roughly 100 times that (≈ USD 1.5 million) is taken to be a keying error and rejected:
 * CNY 10 million, USD/EUR 1.5 million, GBP 1.2 million, KRW 2 billion, KPW 15 billion (KPW at a
 * market rate of about 8,000 per USD).
 */
public enum Currency implements Vocabulary {
    CNY("CNY", 2, "10000000"),
    USD("USD", 2, "1500000"),
    EUR("EUR", 2, "1500000"),
    GBP("GBP", 2, "1200000"),
    KRW("KRW", 0, "2000000000"),
    /** North Korean won; stored as reported, never converted (domain.md §7). */
    KPW("KPW", 0, "15000000000");

    private final String code;
    private final int minorDigits;
    private final BigDecimal absurdPriceBound;

    Currency(String code, int minorDigits, String absurdPriceBound) {
        this.code = code;
        this.minorDigits = minorDigits;
        this.absurdPriceBound = new BigDecimal(absurdPriceBound);
    }

    /** The ISO 4217 code. */
    @Override
    public String code() {
        return code;
    }

    public int minorDigits() {
        return minorDigits;
    }

    /** A single price at or above this amount is rejected as absurd (see class comment). */
    public BigDecimal absurdPriceBound() {
        return absurdPriceBound;
    }

    /** @throws org.uncounted.model.vocab.UnknownVocabularyValueException for an unknown code */
    public static Currency fromCode(String code) {
        return Vocabulary.fromCode(Currency.class, code);
    }
}
