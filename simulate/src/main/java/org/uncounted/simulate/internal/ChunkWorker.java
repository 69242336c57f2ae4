package org.uncounted.simulate.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates a chunk of consecutive women. Each woman's generator is derived from the seed and her
 * index alone, then split into independent streams for her trajectory, the revenue accounts, the
 * documentation and the record noise, so results do not depend on threads or chunk boundaries
 * (except the within-chunk shuffle of records, seeded by the chunk's first index and fixed size).
 */
public final class ChunkWorker {
    private final long seed;
    private final TrajectoryEngine engine;
    private final EntrySchedule schedule;
    private final Documentation documentation;
    private final RecordNoise noise;
    private final int[] periodStarts;
    private final int caseloadOrg;
    private final int[] caseloadYears;

    public ChunkWorker(
            long seed,
            TrajectoryEngine engine,
            EntrySchedule schedule,
            Documentation documentation,
            RecordNoise noise,
            int[] periodStarts,
            int caseloadOrg,
            int[] caseloadYears) {
        this.seed = seed;
        this.engine = engine;
        this.schedule = schedule;
        this.documentation = documentation;
        this.noise = noise;
        this.periodStarts = periodStarts;
        this.caseloadOrg = caseloadOrg;
        this.caseloadYears = caseloadYears;
    }

    public ChunkResult run(long first, int size) {
        PopulationModel m = engine.model();
        int orgs = documentation.orgs().size();
        Aggregates agg = new Aggregates(m.startYear, m.endYear);
        StringBuilder traj = new StringBuilder(size * 400);
        StringBuilder persons = new StringBuilder(size * 120);
        List<ObservedRecord> records = new ArrayList<>();
        long[][] patterns = new long[periodStarts.length][1 << orgs];
        double[] expected = new double[orgs];
        long[] captured = new long[orgs];
        long[] captures = new long[orgs];
        for (long i = first; i < first + size; i++) {
            SplittableRandom base = new SplittableRandom(Draw.mix(seed, i));
            SplittableRandom trajRng = base.split();
            SplittableRandom revenueRng = base.split();
            SplittableRandom docRng = base.split();
            SplittableRandom noiseRng = base.split();
            int cross = schedule.crossMonth(i);
            Trajectory tr = engine.simulate(i, cross, trajRng);
            agg.add(tr, m.prices, revenueRng);
            TruthRows.trajectory(traj, tr);
            TruthRows.person(persons, tr);
            List<Capture> caps = documentation.observe(tr, docRng, expected);
            int mask = 0;
            boolean inCaseload = false;
            for (Capture c : caps) {
                mask |= 1 << c.org();
                if (!c.duplicate()) captures[c.org()]++;
                OrgSpec o = documentation.orgs().get(c.org());
                records.add(noise.render(tr, c, o, noiseRng));
                int y = Months.year(c.month());
                if (c.org() == caseloadOrg && y >= caseloadYears[0] && y <= caseloadYears[1]) inCaseload = true;
                if (o.kind.equals("repatriation") && !c.duplicate()) agg.repatriationRecords++;
            }
            for (int j = 0; j < orgs; j++) if ((mask & (1 << j)) != 0) captured[j]++;
            if (mask != 0) patterns[period(cross)][mask]++;
            if (inCaseload) caseload(agg, tr, caps);
        }
        Collections.shuffle(records, new java.util.Random(Draw.mix(seed ^ 0x5EEDL, first)));
        return new ChunkResult(
                first, size, agg, traj.toString(), persons.toString(), records, patterns, expected, captured, captures);
    }

    /** KFI-style caseload margins: trafficked by the record date, and the type she was in then. */
    private void caseload(Aggregates agg, Trajectory tr, List<Capture> caps) {
        int month = -1;
        for (Capture c : caps) {
            int y = Months.year(c.month());
            if (c.org() == caseloadOrg && y >= caseloadYears[0] && y <= caseloadYears[1]) {
                month = c.month();
                break;
            }
        }
        agg.caseloadPersons++;
        TEvent latest = null;
        for (TEvent e : tr.events()) {
            if (e.month() > month) break;
            if (e.isSpell() && !e.concurrent()) latest = e;
        }
        if (latest != null) {
            agg.caseloadTrafficked++;
            agg.caseloadTypes[latest.exploitation().ordinal()]++;
        }
    }

    private int period(int month) {
        int y = Months.year(month);
        int p = 0;
        for (int i = 0; i < periodStarts.length; i++) if (y >= periodStarts[i]) p = i;
        return p;
    }
}
