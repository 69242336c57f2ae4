package org.uncounted.simulate.internal;

/**
 * What an organisation can know about a woman when it meets her in {@code cutoff}: her trajectory
 * up to that month. Values feed {@link OrgSpec#linear}.
 */
final class Covariates {
    private final Trajectory tr;
    private final int cutoff;
    private final boolean massEvent;

    Covariates(Trajectory tr, int cutoff, boolean massEvent) {
        this.tr = tr;
        this.cutoff = cutoff;
        this.massEvent = massEvent;
    }

    double value(String name) {
        return switch (name) {
            case "cybersex" -> flag(everIn(ExploitationType.CYBERSEX));
            case "prostitution" -> flag(everIn(ExploitationType.PROSTITUTION));
            case "marriage" -> flag(everIn(ExploitationType.MARRIAGE));
            case "marriage-with-children" -> flag(before(EventType.BIRTH));
            case "sex-trade" -> flag(everIn(ExploitationType.CYBERSEX) || everIn(ExploitationType.PROSTITUTION));
            case "repatriated" -> flag(before(EventType.REPATRIATION));
            case "log-years-exploited" -> Math.log1p(monthsExploited() / 12.0);
            case "arrived-from-2020" -> {
                TEvent a = tr.first(EventType.ARRIVAL_ROK);
                yield flag(a != null && Months.year(a.month()) >= 2020);
            }
            case "minor-at-first-sale" -> {
                TEvent s = tr.first(EventType.SALE);
                yield flag(s != null && s.month() <= cutoff && tr.woman().ageAt(s.month()) < 18);
            }
            case "mass-event" -> flag(massEvent);
            case "escaped" -> flag(before(EventType.ESCAPE));
            case "north-hamgyong" -> flag(tr.woman().origin().equals("KP-09"));
            default -> throw new IllegalStateException("unknown covariate " + name);
        };
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }

    private boolean everIn(ExploitationType t) {
        for (TEvent e : tr.events()) if (e.isSpell() && e.exploitation() == t && e.month() <= cutoff) return true;
        return false;
    }

    private boolean before(EventType type) {
        for (TEvent e : tr.events()) if (e.type() == type && e.month() <= cutoff) return true;
        return false;
    }

    private int monthsExploited() {
        int n = 0;
        for (TEvent e : tr.events()) {
            if (!e.isSpell() || e.concurrent() || e.month() > cutoff) continue;
            int end = e.endMonth() < 0 ? cutoff : Math.min(e.endMonth(), cutoff);
            n += Math.max(0, end - e.month());
        }
        return n;
    }
}
