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
            String end = e.isSpell() ? (e.endMonth() < 0 ? "" : Months.format(e.endMonth())) : "";
            Csv.row(
                    sb,
                    pid,
                    ++seq,
                    e.type().label(),
                    Months.format(e.month()),
                    end,
                    e.exploitation() == null ? "" : e.exploitation().label(),
                    e.place(),
                    Csv.money(e.priceCny()),
                    e.detail());
        }
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
