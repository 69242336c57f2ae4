package org.uncounted.simulate.internal;

/** Rows of the truth files; headers are the constants. */
public final class TruthRows {
    public static final String TRAJECTORY_HEADER =
            "person_id,seq,event,month,end_month,exploitation,place,price_cny,detail\n";
    public static final String PERSON_HEADER = "person_id,birth_year,birth_month,origin,origin_city,education,"
            + "visibility,name_hangul,name_hanja,alias_hanzi,first_crossing,ever_trafficked,children,fate\n";

    private TruthRows() {}

    static void trajectory(StringBuilder sb, Trajectory tr) {
        String pid = tr.woman().personId();
        int seq = 0;
        for (TEvent e : tr.events()) {
            sb.append(pid)
                    .append(',')
                    .append(++seq)
                    .append(',')
                    .append(e.type().label())
                    .append(',');
            month(sb, e.month()).append(',');
            if (e.isSpell() && e.endMonth() >= 0) month(sb, e.endMonth());
            sb.append(',');
            if (e.exploitation() != null) sb.append(e.exploitation().label());
            sb.append(',').append(e.place()).append(',');
            money(sb, e.priceCny()).append(',');
            Csv.field(sb, e.detail()).append('\n');
        }
    }

    /** {@code YYYY-MM} without intermediate strings. */
    static StringBuilder month(StringBuilder sb, int m) {
        int mo = Months.month(m);
        return sb.append(Months.year(m)).append(mo < 10 ? "-0" : "-").append(mo);
    }

    /** A non-negative amount with at most two decimals, trailing zeros dropped; empty for 0. */
    static StringBuilder money(StringBuilder sb, double v) {
        if (v == 0) return sb;
        long cents = Math.round(v * 100);
        sb.append(cents / 100);
        long c = cents % 100;
        if (c != 0) {
            sb.append('.').append(c / 10);
            if (c % 10 != 0) sb.append(c % 10);
        }
        return sb;
    }

    static void person(StringBuilder sb, Trajectory tr) {
        Woman w = tr.woman();
        TEvent cross = tr.first(EventType.CROSSING);
        Csv.row(
                sb,
                w.personId(),
                w.birthYear(),
                Months.month(w.birthMonth()),
                w.origin(),
                w.originCity(),
                w.education(),
                String.format(java.util.Locale.ROOT, "%.4f", w.visibility()),
                w.name().hangul(),
                w.name().hanja(),
                w.alias().surnameHanzi() + w.alias().givenHanzi(),
                Months.format(cross.month()),
                tr.everTrafficked() ? 1 : 0,
                tr.children(),
                tr.fate());
    }
}
