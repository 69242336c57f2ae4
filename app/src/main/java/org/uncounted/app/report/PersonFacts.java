package org.uncounted.app.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.uncounted.app.analysis.StoredCases.SourcedCase;
import org.uncounted.model.Case;
import org.uncounted.model.Person;
import org.uncounted.model.event.BorderCrossing;
import org.uncounted.model.event.Event;
import org.uncounted.model.event.ExploitationSpell;
import org.uncounted.model.event.Resale;
import org.uncounted.model.event.Sale;
import org.uncounted.model.money.Money;
import org.uncounted.model.vocab.ExploitationType;

/**
 * Coded facts per linked person, merged over all her records: whether she was trafficked, her first
 * exploitation type, her age at first crossing; and the record-level observations (prices, spells)
 * tagged with her person index so that intervals can resample persons, not records.
 */
final class PersonFacts {
    record Price(int person, String group, Money price) {}

    record Spell(int person, ExploitationType type, double months, boolean ended) {}

    final List<String> personIds = new ArrayList<>();
    final List<Boolean> trafficked = new ArrayList<>();
    final List<ExploitationType> firstType = new ArrayList<>();
    final List<Double> ageAtCrossing = new ArrayList<>();
    final List<Price> prices = new ArrayList<>();
    final List<Spell> spells = new ArrayList<>();
    private final Map<Integer, LocalDate> firstCrossing = new HashMap<>();

    static PersonFacts of(List<SourcedCase> cases, Map<String, String> personOfStoreId) {
        PersonFacts f = new PersonFacts();
        Map<String, Integer> index = new HashMap<>();
        Map<Integer, LocalDate> firstSpellStart = new HashMap<>();
        for (SourcedCase sc : cases) {
            String pid = personOfStoreId.getOrDefault(Long.toString(sc.storeId()), "case-" + sc.storeId());
            int p = index.computeIfAbsent(pid, k -> {
                f.personIds.add(k);
                f.trafficked.add(false);
                f.firstType.add(null);
                f.ageAtCrossing.add(null);
                return f.personIds.size() - 1;
            });
            f.add(p, sc.value(), firstSpellStart);
        }
        return f;
    }

    private void add(int p, Case c, Map<Integer, LocalDate> firstSpellStart) {
        Person victim = c.persons().isEmpty() ? null : c.persons().get(0);
        LocalDate recorded = c.recordedOn() == null ? null : c.recordedOn().midpoint();
        for (Event e : c.events()) {
            if (e instanceof Sale s) {
                trafficked.set(p, true);
                if (s.price() != null)
                    prices.add(new Price(
                            p, s.saleType() == null ? "unknown" : s.saleType().code(), s.price()));
            } else if (e instanceof Resale r) {
                trafficked.set(p, true);
            } else if (e instanceof ExploitationSpell sp) {
                trafficked.set(p, true);
                LocalDate start = sp.start() == null ? null : sp.start().midpoint();
                if (start != null) {
                    LocalDate prev = firstSpellStart.get(p);
                    if (prev == null || start.isBefore(prev)) {
                        firstSpellStart.put(p, start);
                        firstType.set(p, sp.exploitationType());
                    }
                    LocalDate end = sp.end() != null ? sp.end().midpoint() : recorded;
                    if (end != null && !end.isBefore(start)) {
                        spells.add(new Spell(
                                p,
                                sp.exploitationType(),
                                ChronoUnit.DAYS.between(start, end) / 30.4375,
                                sp.end() != null));
                    }
                } else if (firstType.get(p) == null) {
                    firstType.set(p, sp.exploitationType());
                }
            } else if (e instanceof BorderCrossing bc
                    && victim != null
                    && victim.birthYears() != null
                    && bc.core().date() != null) {
                // her first crossing is the earliest dated one in any of her records, not the first read;
                // a record whose dates contradict each other (crossing before its own birth years, or an
                // age no one has) says nothing about her age and is passed over
                LocalDate when = bc.core().date().midpoint();
                LocalDate prev = firstCrossing.get(p);
                int birth = (victim.birthYears().first() + victim.birthYears().last()) / 2;
                int age = when.getYear() - birth;
                if ((prev == null || when.isBefore(prev)) && age >= 0 && age <= 120) {
                    firstCrossing.put(p, when);
                    ageAtCrossing.set(p, (double) age);
                }
            }
        }
    }

    int persons() {
        return personIds.size();
    }
}
