package org.uncounted.simulate.internal;

/**
 * One true event of a woman's trajectory.
 *
 * @param type what happened
 * @param month month index ({@link Months}) it happened or started
 * @param endMonth for exploitation spells the month it ended, {@code -1} while ongoing at the
 *     horizon's end; for other events equal to {@code month}
 * @param exploitation the spell's type (exploitation, the sale's buyer type), else null
 * @param place gazetteer code (ISO 3166-2:KP, GB/T 2260, or a country code)
 * @param priceCny price or fee in nominal CNY of the event year, 0 when none
 * @param detail a short machine-readable qualifier (buyer, seller, method, route), may be empty
 * @param concurrent true for a cybersex spell running alongside a marriage
 */
public record TEvent(
        EventType type,
        int month,
        int endMonth,
        ExploitationType exploitation,
        String place,
        double priceCny,
        String detail,
        boolean concurrent) {

    public static TEvent of(EventType type, int month, String place, String detail) {
        return new TEvent(type, month, month, null, place, 0, detail, false);
    }

    public TEvent withEnd(int end) {
        return new TEvent(type, month, end, exploitation, place, priceCny, detail, concurrent);
    }

    public boolean isSpell() {
        return type == EventType.EXPLOITATION;
    }

    /** Whether this spell covers month {@code m}. */
    public boolean covers(int m) {
        return isSpell() && m >= month && (endMonth < 0 || m < endMonth);
    }
}
