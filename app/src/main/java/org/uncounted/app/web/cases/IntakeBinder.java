package org.uncounted.app.web.cases;

import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.uncounted.app.web.http.Form;
import org.uncounted.app.web.http.WebInputException;
import org.uncounted.model.SensitiveText;

/**
 * Turns the intake form's fields into a {@link Testimony}. Blank fields are skipped questions, never errors;
 * a filled field that breaks a rule is reported by name (never by value). Up to {@value #MAX_ROWS} sales and
 * spells.
 */
public final class IntakeBinder {
    public static final int MAX_ROWS = 12;
    private static final int MIN_YEAR = 1950;

    private final PlaceDirectory places;

    public IntakeBinder(PlaceDirectory places) {
        this.places = places;
    }

    public Testimony bind(String id, Map<String, List<String>> form, Testimony.Status status, String userId) {
        int maxYear = Year.now().getValue();
        Set<String> purposes = new HashSet<>();
        for (String p : form.getOrDefault("purposes", List.of())) {
            purposes.add(Vocab.CONSENT.check("purposes", p));
        }
        var consent = new Testimony.Consent("yes".equals(one(form, "consent_given")), purposes, "oral");
        var person = new Testimony.Person(
                sensitive(one(form, "person_name")),
                sensitive(one(form, "person_name_other")),
                Form.optInt("birth_year", one(form, "birth_year"), 1900, maxYear),
                place(form, "origin_place"));
        var crossing = new Testimony.Crossing(
                Form.optInt("crossing_year", one(form, "crossing_year"), MIN_YEAR, maxYear),
                Form.optInt("crossing_month", one(form, "crossing_month"), 1, 12),
                place(form, "crossing_place"));
        List<Testimony.Sale> sales = new ArrayList<>();
        List<Testimony.Spell> spells = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            String s = "sale" + i + "_";
            var sale = new Testimony.Sale(
                    Form.optInt(s + "year", one(form, s + "year"), MIN_YEAR, maxYear),
                    place(form, s + "place"),
                    Vocab.SALE.check(s + "type", one(form, s + "type")),
                    Form.optAmount(s + "amount", one(form, s + "amount")),
                    Vocab.CURRENCY.check(s + "currency", one(form, s + "currency")));
            if (sale.amount() != null && sale.currency() == null) {
                throw WebInputException.invalid(s + "currency", "required when an amount is given");
            }
            if (!blank(sale)) {
                sales.add(sale);
            }
            String p = "spell" + i + "_";
            var spell = new Testimony.Spell(
                    Vocab.EXPLOITATION.check(p + "type", one(form, p + "type")),
                    place(form, p + "place"),
                    Form.optInt(p + "start", one(form, p + "start"), MIN_YEAR, maxYear),
                    Form.optInt(p + "end", one(form, p + "end"), MIN_YEAR, maxYear));
            if (spell.startYear() != null && spell.endYear() != null && spell.endYear() < spell.startYear()) {
                throw WebInputException.invalid(p + "end", "must not be before the start year");
            }
            if (spell.exploitationType() != null || spell.place() != null || spell.startYear() != null) {
                spells.add(spell);
            }
        }
        var exit = new Testimony.Exit(
                Vocab.EXIT.check("exit_outcome", one(form, "exit_outcome")),
                Form.optInt("exit_year", one(form, "exit_year"), MIN_YEAR, maxYear),
                place(form, "exit_place"));
        String narrative = one(form, "narrative");
        String lang = Form.opt(one(form, "narrative_lang"));
        if (lang != null && !List.of("ko", "zh", "en").contains(lang)) {
            throw WebInputException.invalid("narrative_lang", "must be ko, zh or en");
        }
        return new Testimony(
                id,
                status,
                Form.opt(one(form, "source_id")),
                consent,
                person,
                crossing,
                sales,
                spells,
                exit,
                sensitive(narrative),
                lang == null && narrative != null ? Languages.guess(narrative) : lang,
                userId,
                Instant.now());
    }

    private String place(Map<String, List<String>> form, String field) {
        String v = Form.opt(one(form, field));
        if (v != null && places.find(v).isEmpty()) {
            throw WebInputException.invalid(field, "must be a place id from the gazetteer (pick from the list)");
        }
        return v;
    }

    private static boolean blank(Testimony.Sale s) {
        return s.year() == null && s.place() == null && s.saleType() == null && s.amount() == null;
    }

    private static SensitiveText sensitive(String v) {
        String s = Form.opt(v);
        return s == null ? null : SensitiveText.of(s);
    }

    static String one(Map<String, List<String>> form, String name) {
        List<String> v = form.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
