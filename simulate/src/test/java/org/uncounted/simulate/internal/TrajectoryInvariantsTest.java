package org.uncounted.simulate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.uncounted.simulate.SimulationParameters;

/** The domain model's invariants (domain research section 3.2) hold for every simulated trajectory. */
class TrajectoryInvariantsTest {
    private static final long SEED = 11;
    private static final int WOMEN = 20_000;
    static final List<Trajectory> all = new ArrayList<>();

    @BeforeAll
    static void simulate() {
        System.out.println("seed " + SEED);
        PopulationModel m = new PopulationModel(new ParamReader(SimulationParameters.defaults(), 1995, 2024));
        TrajectoryEngine engine = new TrajectoryEngine(m);
        EntrySchedule schedule = new EntrySchedule(m, WOMEN);
        for (int i = 0; i < WOMEN; i++) {
            all.add(engine.simulate(i, schedule.crossMonth(i), new SplittableRandom(Draw.mix(SEED, i))));
        }
    }

    @Test
    void events_areInTimeOrder_andWithinTheHorizon() {
        int last = Months.of(2024, 12);
        for (Trajectory t : all) {
            int prev = Integer.MIN_VALUE;
            for (TEvent e : t.events()) {
                assertThat(e.month())
                        .as(t.woman().personId())
                        .isGreaterThanOrEqualTo(prev)
                        .isLessThanOrEqualTo(last);
                if (e.isSpell() && e.endMonth() >= 0) assertThat(e.endMonth()).isGreaterThanOrEqualTo(e.month());
                prev = e.month();
            }
            assertThat(t.events().get(0).type()).isIn(EventType.CROSSING, EventType.RECRUITMENT);
        }
    }

    @Test
    void spells_doNotOverlap_exceptCybersexAlongsideMarriage() {
        for (Trajectory t : all) {
            List<TEvent> spells = t.events().stream().filter(TEvent::isSpell).toList();
            for (int i = 0; i < spells.size(); i++) {
                for (int j = i + 1; j < spells.size(); j++) {
                    TEvent a = spells.get(i);
                    TEvent b = spells.get(j);
                    int aEnd = a.endMonth() < 0 ? Integer.MAX_VALUE : a.endMonth();
                    boolean overlap =
                            b.month() < aEnd && a.month() < (b.endMonth() < 0 ? Integer.MAX_VALUE : b.endMonth());
                    if (!overlap) continue;
                    TEvent concurrent = a.concurrent() ? a : b;
                    TEvent host = a.concurrent() ? b : a;
                    assertThat(concurrent.concurrent()).as(t.woman().personId()).isTrue();
                    assertThat(concurrent.exploitation()).isEqualTo(ExploitationType.CYBERSEX);
                    assertThat(host.exploitation()).isEqualTo(ExploitationType.MARRIAGE);
                }
            }
        }
    }

    @Test
    void everySpell_isPrecededBySaleToItsBuyer() {
        for (Trajectory t : all) {
            List<TEvent> ev = t.events();
            for (int i = 0; i < ev.size(); i++) {
                TEvent e = ev.get(i);
                if (!e.isSpell() || e.concurrent()) continue;
                TEvent sale = ev.get(i - 1);
                assertThat(sale.type()).as(t.woman().personId()).isEqualTo(EventType.SALE);
                assertThat(sale.month()).isLessThanOrEqualTo(e.month());
                assertThat(sale.exploitation()).isEqualTo(e.exploitation());
                assertThat(sale.detail()).startsWith("buyer=" + e.exploitation().buyer());
                assertThat(sale.priceCny()).isPositive();
            }
        }
    }

    @Test
    void repatriation_followsAnArrest_andArrivalInTheRokIsTerminal() {
        int repatriations = 0;
        int arrivals = 0;
        for (Trajectory t : all) {
            boolean arrested = false;
            List<TEvent> ev = t.events();
            for (int i = 0; i < ev.size(); i++) {
                TEvent e = ev.get(i);
                if (e.type() == EventType.ARREST) arrested = true;
                if (e.type() == EventType.REPATRIATION) {
                    assertThat(arrested).as(t.woman().personId()).isTrue();
                    arrested = false;
                    repatriations++;
                }
                if (e.type() == EventType.ARRIVAL_ROK) {
                    assertThat(i).as(t.woman().personId()).isEqualTo(ev.size() - 1);
                    assertThat(t.fate()).isEqualTo("arrived-rok");
                    arrivals++;
                }
            }
        }
        assertThat(repatriations).isGreaterThan(100);
        assertThat(arrivals).isGreaterThan(1000);
    }
}
