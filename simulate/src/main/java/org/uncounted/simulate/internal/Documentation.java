package org.uncounted.simulate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides which organisations record a woman, and when (domain research section 5.8):
 * {@code logit p_ij = a_j + b_j·x_i + s_j·η_i}, plus {@code log ρ_kj} for each earlier list k that
 * recorded her. η (the woman's visibility) is shared by all lists, so lists are positively
 * dependent and capture is heterogeneous, as in real documentation.
 */
public final class Documentation {
    private final List<OrgSpec> orgs;
    private final int lastMonth;
    private final double duplicate;

    public Documentation(List<OrgSpec> orgs, int lastMonth, double duplicate) {
        this.orgs = orgs;
        this.lastMonth = lastMonth;
        this.duplicate = duplicate;
    }

    public List<OrgSpec> orgs() {
        return orgs;
    }

    /**
     * The records made of {@code tr}. Adds each organisation's capture probability of this woman
     * to {@code expected[j]} (incident lists: the expected number of records), so that observed
     * captures can be checked against the configured model.
     */
    public List<Capture> observe(Trajectory tr, SplittableRandom r, double[] expected) {
        List<Capture> out = new ArrayList<>();
        boolean[] caught = new boolean[orgs.size()];
        double eta = tr.woman().visibility();
        for (int j = 0; j < orgs.size(); j++) {
            OrgSpec o = orgs.get(j);
            double refer = 0;
            for (var e : o.referrals.entrySet()) if (caught[e.getKey()]) refer += Math.log(e.getValue());
            if (o.kind.equals("repatriation")) {
                for (int i = 0; i < tr.events().size(); i++) {
                    TEvent ev = tr.events().get(i);
                    if (ev.type() != EventType.REPATRIATION) continue;
                    boolean mass = contains(o.massEvents, ev.month());
                    double p = prob(o.pEvent, o, new Covariates(tr, ev.month(), mass), eta, refer);
                    expected[j] += p;
                    if (r.nextDouble() < p) {
                        caught[j] = true;
                        add(out, new Capture(j, ev.month(), i, false), r);
                    }
                }
                continue;
            }
            int[] when = new int[1];
            double base = base(o, tr, r, when);
            if (base <= 0) continue;
            double p = prob(base, o, new Covariates(tr, when[0], false), eta, refer);
            expected[j] += p;
            if (r.nextDouble() < p) {
                caught[j] = true;
                add(out, new Capture(j, when[0], -1, false), r);
            }
        }
        return out;
    }

    private void add(List<Capture> out, Capture c, SplittableRandom r) {
        out.add(c);
        if (r.nextDouble() < duplicate) {
            int m = Math.min(lastMonth, c.month() + r.nextInt(3));
            out.add(new Capture(c.org(), m, c.eventIndex(), true));
        }
    }

    private static double prob(double base, OrgSpec o, Covariates x, double eta, double refer) {
        if (base >= 1) return 1;
        return Draw.expit(Draw.logit(base) + o.linear(x) + o.s * eta + refer);
    }

    /** Base probability for a woman and the month the organisation would meet her; 0 if it cannot. */
    private double base(OrgSpec o, Trajectory tr, SplittableRandom r, int[] when) {
        TEvent cross = tr.events().get(firstCrossing(tr));
        TEvent end = terminal(tr);
        int chinaEnd = end == null ? lastMonth : end.month();
        switch (o.kind) {
            case "onward" -> {
                TEvent dep = tr.first(EventType.ONWARD_DEPARTURE);
                if (dep != null) {
                    when[0] = dep.month();
                    return o.pOnward;
                }
                TEvent esc = tr.first(EventType.ESCAPE);
                double years = Math.max(0, chinaEnd - cross.month()) / 12.0;
                double yearsEscaped = esc == null ? 0 : Math.max(0, chinaEnd - esc.month()) / 12.0;
                double rate = o.rateInChina * years + o.rateEscaped * yearsEscaped;
                if (rate <= 0) return 0;
                int from = o.rateInChina > 0 || esc == null ? cross.month() : esc.month();
                when[0] = Draw.uniformInt(r, from, Math.max(from, Math.min(lastMonth, chinaEnd)));
                return 1 - Math.exp(-rate);
            }
            case "resettlement" -> {
                TEvent arr = tr.first(EventType.ARRIVAL_ROK);
                if (arr != null) {
                    when[0] = arr.month() + Draw.uniformInt(r, o.interviewMonths[0], o.interviewMonths[1]);
                    return when[0] <= lastMonth ? o.pArrived : 0;
                }
                int from = cross.month() + 12;
                if (from > lastMonth) return 0;
                when[0] = Draw.uniformInt(r, from, lastMonth);
                return o.pOther;
            }
            case "window" -> {
                int a = Math.max(Months.of(o.window[0], 1), cross.month());
                int b = Math.min(Months.of(o.window[1], 12), lastMonth);
                boolean gone = end != null && end.type() != EventType.ARRIVAL_ROK && end.month() < a;
                if (a > b || gone) return 0;
                when[0] = Draw.uniformInt(r, a, b);
                return o.p;
            }
            case "general" -> {
                TEvent arr = tr.first(EventType.ARRIVAL_ROK);
                int m = arr != null ? arr.month() + r.nextInt(61) : -1;
                if (m < 0 || m > lastMonth) {
                    m = Draw.uniformInt(r, cross.month(), Math.max(cross.month(), Math.min(lastMonth, chinaEnd)));
                }
                when[0] = m;
                return o.p;
            }
            default -> throw new IllegalStateException("kind " + o.kind);
        }
    }

    private static int firstCrossing(Trajectory tr) {
        for (int i = 0; i < tr.events().size(); i++) {
            if (tr.events().get(i).type() == EventType.CROSSING) return i;
        }
        throw new IllegalStateException("trajectory without crossing");
    }

    /** The event that ended her time in China for good, or null. */
    private static TEvent terminal(Trajectory tr) {
        TEvent last = tr.events().get(tr.events().size() - 1);
        return switch (last.type()) {
            case ARRIVAL_ROK, DEATH, RETURN_NK, NK_DETENTION_END, REPATRIATION -> last;
            default -> null;
        };
    }

    private static boolean contains(int[] xs, int v) {
        for (int x : xs) if (x == v) return true;
        return false;
    }
}
