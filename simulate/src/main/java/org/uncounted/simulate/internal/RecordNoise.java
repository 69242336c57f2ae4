package org.uncounted.simulate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns a capture into a record with the noise of real documentation (domain research P-NOISE-1..6):
 * names in several scripts and spellings, coarse dates, Korean age reckoning, places at different
 * precision and in different name forms, prices remembered in another currency or as a floor, and
 * misclassified exploitation types.
 */
public final class RecordNoise {
    private final NameRenderer names;
    private final double chineseAlias;
    private final Categorical datePrecision;
    private final double dateRecallShift;
    private final Categorical koreanAge;
    private final double ageRound5;
    private final double birthYearPresent;
    private final double agePresent;
    private final double birthYearFromAge;
    private final Categorical placePrecision;
    private final double wrongNeighbour;
    private final Categorical placeForm;
    private final double priceSigma;
    private final double priceReexpressed;
    private final Categorical reexpressCurrency;
    private final double priceFloor;
    private final double cyberAsProstitution;
    private final double marriageAsCohabitation;

    public RecordNoise(ParamReader p) {
        names = new NameRenderer(
                p.prob("noise.romanization-variant"), p.prob("noise.nk-spelling"), p.prob("noise.given-name-first"));
        chineseAlias = p.prob("noise.chinese-alias");
        datePrecision = p.dist("noise.date-precision");
        dateRecallShift = p.prob("noise.date-recall-shift");
        koreanAge = p.dist("noise.korean-age");
        ageRound5 = p.prob("noise.age-round5");
        birthYearPresent = p.prob("noise.birth-year-present");
        agePresent = p.prob("noise.age-present");
        birthYearFromAge = p.prob("noise.birth-year-from-age");
        placePrecision = p.dist("noise.place-precision");
        wrongNeighbour = p.prob("noise.place-wrong-neighbour");
        placeForm = p.dist("noise.place-form");
        priceSigma = p.num("noise.price-sigma", 0, 5);
        priceReexpressed = p.prob("noise.price-reexpressed");
        reexpressCurrency = p.dist("noise.price-reexpress-currency");
        priceFloor = p.prob("noise.price-floor");
        cyberAsProstitution = p.prob("noise.cybersex-as-prostitution");
        marriageAsCohabitation = p.prob("noise.marriage-as-cohabitation");
    }

    public ObservedRecord render(Trajectory tr, Capture c, OrgSpec o, SplittableRandom r) {
        Woman w = tr.woman();
        int m = c.month();
        TEvent arrival = tr.first(EventType.ARRIVAL_ROK);
        boolean inChina = arrival == null || arrival.month() > m;
        RecordedName name = name(w, o, r);
        int offset = Integer.parseInt(koreanAge.sampleLabel(r));
        int trueAge = w.ageAt(m);
        Integer age = null;
        if (r.nextDouble() < agePresent) {
            int a = trueAge + offset;
            if (r.nextDouble() < ageRound5) a = Math.max(0, (int) (Math.round(a / 5.0) * 5));
            age = a;
        }
        Integer birthYear = null;
        if (r.nextDouble() < birthYearPresent) {
            birthYear = age != null && r.nextDouble() < birthYearFromAge ? Months.year(m) - age : w.birthYear();
        }
        ObservedPlace origin = place(w.originCity(), false, r);
        List<ObservedEvent> events = events(tr, c, o, inChina, r);
        String lastCn = null;
        for (TEvent e : tr.events()) {
            if (e.month() > m) break;
            if (Gazetteer.country(e.place()).equals("CN")) lastCn = e.place();
        }
        ObservedPlace place = lastCn == null ? null : place(lastCn, inChina, r);
        return new ObservedRecord(
                o.id,
                w.index(),
                m,
                date(m, r),
                name,
                birthYear,
                age,
                offset > 0 && age != null,
                origin,
                place,
                events,
                inChina,
                c.duplicate());
    }

    private RecordedName name(Woman w, OrgSpec o, SplittableRandom r) {
        if (r.nextDouble() < o.pseudonymOnly) return names.pseudonym(r);
        if (r.nextDouble() < chineseAlias) return names.alias(w.alias(), r);
        return names.render(w.name(), o.nameForm.sampleLabel(r), r);
    }

    private List<ObservedEvent> events(Trajectory tr, Capture c, OrgSpec o, boolean inChina, SplittableRandom r) {
        List<ObservedEvent> out = new ArrayList<>();
        List<TEvent> all = tr.events();
        for (int i = 0; i < all.size(); i++) {
            TEvent e = all.get(i);
            if (e.month() > c.month()) break;
            if (!knows(o, c, i, all)) continue;
            int shift = recallShift(r); // a misremembered spell moves as a whole
            ObservedDate start = coarsen(e.month() + shift, r);
            ObservedDate end = null;
            if (e.isSpell() && e.endMonth() >= 0 && e.endMonth() <= c.month())
                end = notBefore(coarsen(e.endMonth() + shift, r), start);
            String type = e.exploitation() == null ? null : recordedType(e.exploitation(), r);
            ObservedPrice price = e.priceCny() > 0 ? price(e.priceCny(), Months.year(e.month()), c.month(), r) : null;
            out.add(new ObservedEvent(e.type(), start, end, place(e.place(), inChina, r), type, price, e.detail(), i));
        }
        return out;
    }

    /** Which true events an organisation of this kind learns of. */
    /** A spell's end within its start month is not dated before the start's day. */
    private static ObservedDate notBefore(ObservedDate end, ObservedDate start) {
        if (end.day() > 0
                && start.day() > end.day()
                && end.year() == start.year()
                && end.month() == start.month()
                && !start.approximate()) {
            return new ObservedDate(end.year(), end.month(), start.day(), false);
        }
        return end;
    }

    private static boolean knows(OrgSpec o, Capture c, int i, List<TEvent> all) {
        TEvent e = all.get(i);
        return switch (o.kind) {
            case "repatriation" ->
                i == c.eventIndex()
                        || (e.type() == EventType.ARREST
                                && i < c.eventIndex()
                                && lastArrestBefore(all, c.eventIndex()) == i);
            case "general" ->
                e.type() == EventType.SALE && !e.detail().startsWith("buyer=broker")
                        || e.type() == EventType.EXPLOITATION
                        || e.type() == EventType.ESCAPE;
            default -> true;
        };
    }

    private static int lastArrestBefore(List<TEvent> all, int idx) {
        for (int i = idx - 1; i >= 0; i--) if (all.get(i).type() == EventType.ARREST) return i;
        return -1;
    }

    private String recordedType(ExploitationType t, SplittableRandom r) {
        if (t == ExploitationType.CYBERSEX && r.nextDouble() < cyberAsProstitution) return "prostitution";
        if (t == ExploitationType.MARRIAGE && r.nextDouble() < marriageAsCohabitation) return "cohabitation";
        return t.label();
    }

    ObservedDate date(int month, SplittableRandom r) {
        return coarsen(month + recallShift(r), r);
    }

    /** Months a recalled date is off by (noise.date-recall-shift): 0, or ±1..12; no draw when off, so the default population stays byte-identical. */
    private int recallShift(SplittableRandom r) {
        if (dateRecallShift <= 0 || r.nextDouble() >= dateRecallShift) return 0;
        int shift = 1 + r.nextInt(12);
        return r.nextBoolean() ? shift : -shift;
    }

    /** The month as a source writes it (noise.date-precision). */
    private ObservedDate coarsen(int month, SplittableRandom r) {
        int y = Months.year(month);
        return switch (datePrecision.sampleLabel(r)) {
            case "day" -> new ObservedDate(y, Months.month(month), 1 + r.nextInt(28), false);
            case "month" -> new ObservedDate(y, Months.month(month), 0, false);
            case "around-year" -> new ObservedDate(y + r.nextInt(3) - 1, 0, 0, true);
            default -> new ObservedDate(y, 0, 0, false);
        };
    }

    ObservedPlace place(String code, boolean inChina, SplittableRandom r) {
        Place p = Gazetteer.get(code);
        if (!p.level().equals("country")) {
            String level = placePrecision.sampleLabel(r);
            boolean cn = Gazetteer.country(code).equals("CN");
            if (cn && inChina && level.equals("city")) level = "prefecture";
            p = Gazetteer.atLevel(code, level);
            if (!p.neighbour().isEmpty() && r.nextDouble() < wrongNeighbour) p = Gazetteer.get(p.neighbour());
            if (cn && inChina && p.level().equals("city")) p = Gazetteer.get(p.parent());
        }
        String form = placeForm.sampleLabel(r);
        String text = switch (form) {
            case "native" -> p.nativeName();
            case "romanized" -> r.nextBoolean() ? p.romanized() : p.altRomanized();
            case "korean-reading" -> p.crossReading();
            default -> p.code();
        };
        return new ObservedPlace(text, p.code(), form);
    }

    ObservedPrice price(double cny, int eventYear, int recordMonth, SplittableRandom r) {
        double v = cny * Draw.lognormal(r, 1.0, priceSigma);
        String currency = "CNY";
        int year = eventYear;
        if (r.nextDouble() < priceReexpressed) {
            currency = reexpressCurrency.sampleLabel(r);
            year = Months.year(recordMonth);
            if (currency.equals("EUR") && Double.isNaN(Economy.usdPerEur(year))) currency = "USD";
            v = Economy.fromCny(v * Prices.deflator(year) / Prices.deflator(eventYear), currency, year);
        }
        boolean floor = r.nextDouble() < priceFloor;
        return new ObservedPrice(round(v, floor), currency, year, floor);
    }

    /** Remembered amounts are round: two significant figures, or rounded down for floors. */
    static double round(double v, boolean floor) {
        if (v <= 0) return 0;
        double mag = Math.pow(10, Math.floor(Math.log10(v)) - (floor ? 0 : 1));
        return (floor ? Math.floor(v / mag) : Math.round(v / mag)) * mag;
    }
}
