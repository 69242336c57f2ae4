package org.uncounted.simulate.internal;

import java.util.List;

/**
 * A woman and everything that happened to her within the horizon, in order.
 *
 * @param woman her fixed attributes
 * @param events her true events in time order (spells carry their end month)
 * @param fate where she is at the horizon's end or where her trajectory ended: arrived-rok, dead,
 *     returned-nk, in-nk, in-china, detained-cn, in-transit
 * @param children children born in forced marriages
 */
public record Trajectory(Woman woman, List<TEvent> events, String fate, int children) {
    public boolean everTrafficked() {
        for (TEvent e : events) if (e.type() == EventType.SALE) return true;
        return false;
    }

    /** The first event of {@code type}, or null. */
    public TEvent first(EventType type) {
        for (TEvent e : events) if (e.type() == type) return e;
        return null;
    }

    public int count(EventType type) {
        int n = 0;
        for (TEvent e : events) if (e.type() == type) n++;
        return n;
    }

    public boolean everIn(ExploitationType t) {
        for (TEvent e : events) if (e.isSpell() && e.exploitation() == t) return true;
        return false;
    }
}
