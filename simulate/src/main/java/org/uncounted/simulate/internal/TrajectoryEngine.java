package org.uncounted.simulate.internal;

import java.util.SplittableRandom;

/**
 * Simulates one woman month by month (domain research section 5.0, steps 1–4): crossing, becoming
 * trafficked, chains of sales, exploitation spells, resale and escape, and the competing exits
 * (onward to the ROK, arrest → repatriation → possible re-crossing, voluntary return, death).
 *
 * <p>A pure function of its parameters and the generator it is handed: one woman's trajectory does
 * not depend on any other's, so women can be simulated in any order and on any thread.
 */
public final class TrajectoryEngine {
    private final PopulationModel m;
    private final WomanFactory factory;
    private final int lastMonth;

    public TrajectoryEngine(PopulationModel m) {
        this.m = m;
        this.factory = new WomanFactory(m);
        this.lastMonth = Months.of(m.endYear, 12);
    }

    public PopulationModel model() {
        return m;
    }

    /** The trajectory of woman {@code index}, who first crosses in {@code crossMonth}. */
    public Trajectory simulate(long index, int crossMonth, SplittableRandom r) {
        Life life = new Life(m, r);
        life.plan(Months.year(crossMonth), true);
        int age = factory.ageAtCrossing(life.plannedType, r);
        Woman w = factory.create(index, crossMonth, age, r);
        life.woman = w;
        life.place = w.originCity();
        life.cross(crossMonth);
        for (int t = crossMonth + 1; t <= lastMonth && life.phase != Life.DONE; t++) {
            life.step(t);
        }
        return new Trajectory(w, life.events, life.fate(), life.children);
    }
}
