package org.uncounted.simulate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The mutable state of one woman while {@link TrajectoryEngine} walks her through the months. */
final class Life {
    static final int FREE = 0;
    static final int SPELL = 1;
    static final int DETAINED = 2;
    static final int IN_NK = 3;
    static final int ONWARD = 4;
    static final int DONE = 5;

    private final PopulationModel m;
    private final SplittableRandom r;
    final List<TEvent> events = new ArrayList<>();
    Woman woman;
    String place;
    int phase = FREE;
    String terminal = "";
    int children;
    ExploitationType plannedType;
    private boolean isTransient;
    private boolean nkArranged;
    private boolean pendingFirstSale;
    private int scheduledSale = -1;
    private int transientReturn = -1;
    private int escapedAt = -1;
    private ExploitationType spellType;
    private int spellIdx = -1;
    private int concurrentIdx = -1;
    private int dueMonth = -1;

    Life(PopulationModel m, SplittableRandom r) {
        this.m = m;
        this.r = r;
    }

    /** Decides, at a crossing in {@code year}, whether she is transient or will be trafficked. */
    void plan(int year, boolean firstEntry) {
        isTransient = firstEntry && r.nextDouble() < m.transientShare;
        boolean trafficked = !isTransient && r.nextDouble() < m.everTrafficked.at(year);
        plannedType = trafficked ? ExploitationType.ofLabel(m.typeAt(year).sampleLabel(r)) : null;
        nkArranged = trafficked && r.nextDouble() < m.nkArranged;
        pendingFirstSale = trafficked;
    }

    void cross(int t) {
        int year = Months.year(t);
        if (nkArranged) {
            String method = m.recruitmentMethod.sampleLabel(r);
            String job = method.equals("job-offer") ? ";promised=" + m.promisedJob.sampleLabel(r) : "";
            events.add(TEvent.of(EventType.RECRUITMENT, t, woman.originCity(), "method=" + method + ";where=nk" + job));
        }
        String[] route = Routes.crossing(woman.origin(), r);
        String payer = nkArranged ? "broker-on-credit" : m.prices.feePayer.sampleLabel(r);
        double fee = m.prices.crossingFee(year, r);
        events.add(new TEvent(
                EventType.CROSSING,
                t,
                t,
                null,
                route[1],
                fee,
                "from=" + route[0] + ";river=" + route[2] + ";payer=" + payer,
                false));
        place = route[1];
        phase = FREE;
        escapedAt = -1;
        if (isTransient) transientReturn = t + Draw.uniformInt(r, m.transientMonths[0], m.transientMonths[1]);
        if (nkArranged) {
            int days = Draw.uniformInt(r, m.nkArrangedDays[0], m.nkArrangedDays[1]) + r.nextInt(30);
            scheduledSale = t + days / 30;
            if (scheduledSale == t) saleChain(t, plannedType, true);
        }
    }

    void step(int t) {
        switch (phase) {
            case FREE -> free(t);
            case SPELL -> spell(t);
            case DETAINED -> detained(t);
            case IN_NK -> inNk(t);
            case ONWARD -> {
                if (t >= dueMonth) arrive(t);
            }
            default -> {}
        }
    }

    private void free(int t) {
        int y = Months.year(t);
        if (t == transientReturn) {
            finish(EventType.RETURN_NK, t, woman.origin(), "transient", "returned-nk");
            return;
        }
        if (t == scheduledSale) {
            saleChain(t, plannedType, true);
            return;
        }
        int none = PopulationModel.situation(null, false);
        double onward = m.onward.at(y) * m.onwardMultiplier[none];
        double arrest = arrestRate(y) * m.arrestMultiplier[none];
        double ret = m.returnHazard.at(y);
        double death = m.death.at(y);
        double sale = 0;
        if (pendingFirstSale && scheduledSale < 0) sale = m.firstSaleHazard;
        else if (escapedAt >= 0 && t - escapedAt < 12) sale = -Math.log(1 - m.retraffickedWithinYear);
        switch (pick(onward, arrest, ret, death, sale)) {
            case 0 -> departOnward(t);
            case 1 -> arrest(t);
            case 2 -> finish(EventType.RETURN_NK, t, woman.origin(), "voluntary", "returned-nk");
            case 3 -> finish(EventType.DEATH, t, place, "", "dead");
            case 4 -> {
                ExploitationType type = pendingFirstSale ? plannedType : typeAt(y);
                saleChain(t, type, pendingFirstSale);
            }
            default -> {}
        }
    }

    private void spell(int t) {
        int y = Months.year(t);
        if (spellType == ExploitationType.MARRIAGE) marriageMonth(t, y);
        int s = PopulationModel.situation(spellType, children > 0);
        double onward = m.onward.at(y) * m.onwardMultiplier[s];
        double arrest = arrestRate(y) * m.arrestMultiplier[s];
        double death = m.death.at(y);
        double resale = m.resaleHazard.get(spellType);
        double escape = m.escapeHazard.get(spellType);
        int k = pick(onward, arrest, death, resale, escape);
        if (k < 0) return;
        ExploitationType was = spellType;
        endSpell(t);
        switch (k) {
            case 0 -> departOnward(t);
            case 1 -> arrest(t);
            case 2 -> finish(EventType.DEATH, t, place, "", "dead");
            case 3 -> resale(t, was);
            default -> {
                events.add(TEvent.of(EventType.ESCAPE, t, place, "from=" + was.buyer()));
                phase = FREE;
                escapedAt = t;
            }
        }
    }

    private void marriageMonth(int t, int y) {
        TEvent marriage = events.get(spellIdx);
        double birth = t - marriage.month() < m.birthsEarlyYears * 12 ? m.birthsEarly : m.birthsLate;
        if (children < m.birthsMax && r.nextDouble() < Draw.monthly(birth)) {
            children++;
            events.add(TEvent.of(EventType.BIRTH, t, place, "child=" + children));
        }
        if (concurrentIdx < 0) {
            if (r.nextDouble() < Draw.monthly(m.concurrentCybersex.at(y))) {
                concurrentIdx = events.size();
                events.add(new TEvent(
                        EventType.EXPLOITATION, t, -1, ExploitationType.CYBERSEX, place, 0, "with=marriage", true));
            }
        } else {
            double end = m.resaleHazard.get(ExploitationType.CYBERSEX) + m.escapeHazard.get(ExploitationType.CYBERSEX);
            if (r.nextDouble() < Draw.monthly(end)) closeConcurrent(t);
        }
    }

    private void detained(int t) {
        if (t < dueMonth) return;
        int y = Months.year(t);
        double p = m.repatriatedGivenArrest.at(y);
        if (p == 0 && t < m.backlogRelease) {
            dueMonth = m.backlogRelease;
            return;
        }
        if (r.nextDouble() < p) {
            String[] handover = Routes.handover(place, r);
            events.add(TEvent.of(EventType.REPATRIATION, t, handover[1], "from=" + handover[0]));
            place = handover[1];
            phase = IN_NK;
            dueMonth = t + Draw.uniformInt(r, m.nkDetentionMonths[0], m.nkDetentionMonths[1]);
        } else {
            events.add(TEvent.of(EventType.RELEASE, t, place, "from=detention-cn"));
            phase = FREE;
        }
    }

    private boolean released;

    private void inNk(int t) {
        if (t < dueMonth) return;
        if (!released) {
            released = true;
            events.add(TEvent.of(EventType.NK_DETENTION_END, t, woman.origin(), ""));
            if (r.nextDouble() < m.recrossWithin2y) {
                dueMonth = t + Draw.uniformInt(r, 1, 24);
            } else {
                phase = DONE;
                terminal = "in-nk";
            }
            return;
        }
        released = false;
        scheduledSale = -1;
        plan(Months.year(t), false);
        cross(t);
    }

    /** First sale (with broker-to-broker transfers, P-TRF-3) or re-trafficking after an escape. */
    private void saleChain(int t, ExploitationType type, boolean first) {
        int y = Months.year(t);
        if (first && !nkArranged) {
            String method = m.recruitmentMethod.sampleLabel(r);
            String job = method.equals("job-offer") ? ";promised=" + m.promisedJob.sampleLabel(r) : "";
            events.add(TEvent.of(EventType.RECRUITMENT, t, place, "method=" + method + ";where=cn" + job));
        }
        int transfers = Integer.parseInt(m.brokerTransfers.sampleLabel(r));
        double[] price = new double[transfers + 1];
        price[transfers] = m.prices.sale(type, y, r);
        for (int i = transfers - 1; i >= 0; i--) price[i] = m.prices.transfer(price[i + 1], r);
        String seller = first ? (nkArranged ? "recruiter" : "recruiter-cn") : "trafficker";
        for (int i = 0; i < transfers; i++) {
            events.add(new TEvent(EventType.SALE, t, t, type, place, price[i], "buyer=broker;seller=" + seller, false));
            seller = "broker";
        }
        String spellPlace = spellPlace(type);
        events.add(new TEvent(
                EventType.SALE,
                t,
                t,
                type,
                spellPlace,
                price[transfers],
                "buyer=" + type.buyer() + ";seller=" + seller,
                false));
        pendingFirstSale = false;
        scheduledSale = -1;
        escapedAt = -1;
        startSpell(t, type, spellPlace);
    }

    private void resale(int t, ExploitationType from) {
        ExploitationType type = ExploitationType.ofLabel(m.resale.get(from).sampleLabel(r));
        String spellPlace = spellPlace(type);
        double price = m.prices.sale(type, Months.year(t), r);
        events.add(new TEvent(
                EventType.SALE,
                t,
                t,
                type,
                spellPlace,
                price,
                "buyer=" + type.buyer() + ";seller=" + from.buyer(),
                false));
        startSpell(t, type, spellPlace);
    }

    private void startSpell(int t, ExploitationType type, String spellPlace) {
        spellType = type;
        spellIdx = events.size();
        place = spellPlace;
        events.add(new TEvent(EventType.EXPLOITATION, t, -1, type, spellPlace, 0, "", false));
        phase = SPELL;
    }

    private void endSpell(int t) {
        events.set(spellIdx, events.get(spellIdx).withEnd(t));
        closeConcurrent(t);
        spellIdx = -1;
        spellType = null;
    }

    private void closeConcurrent(int t) {
        if (concurrentIdx >= 0) {
            events.set(concurrentIdx, events.get(concurrentIdx).withEnd(t));
            concurrentIdx = -1;
        }
    }

    private void departOnward(int t) {
        int y = Months.year(t);
        String route = m.onwardRoute.sampleLabel(r);
        double fee = m.prices.onwardFee(y, r);
        String after = r.nextDouble() < m.prices.paidAfterArrival ? "after-arrival" : "before";
        events.add(new TEvent(
                EventType.ONWARD_DEPARTURE, t, t, null, place, fee, "route=" + route + ";fee-paid=" + after, false));
        double days = Draw.lognormal(r, m.onwardDaysMedian, m.onwardDaysSigma);
        dueMonth = t + (int) Math.round(days / 30.44);
        phase = ONWARD;
        if (dueMonth <= t) arrive(t);
    }

    private void arrive(int t) {
        TEvent dep = events.get(events.size() - 1);
        String via = dep.detail().substring(6, dep.detail().indexOf(';'));
        finish(EventType.ARRIVAL_ROK, t, "KR", "via=" + via, "arrived-rok");
    }

    private void arrest(int t) {
        String[] methods = {"raid", "checkpoint", "denunciation", "informant"};
        double[] w = {0.30, 0.30, 0.25, 0.15};
        double u = r.nextDouble();
        int i = 0;
        double acc = w[0];
        while (u >= acc && i < w.length - 1) acc += w[++i];
        events.add(TEvent.of(EventType.ARREST, t, place, "method=" + methods[i]));
        phase = DETAINED;
        dueMonth = t + Draw.uniformInt(r, m.cnDetentionMonths[0], m.cnDetentionMonths[1]);
    }

    private void finish(EventType type, int t, String where, String detail, String fate) {
        events.add(TEvent.of(type, t, where, detail));
        phase = DONE;
        terminal = fate;
    }

    private double arrestRate(int y) {
        return m.arrestWithSurge(y);
    }

    private ExploitationType typeAt(int y) {
        return ExploitationType.ofLabel(m.typeAt(y).sampleLabel(r));
    }

    private String spellPlace(ExploitationType type) {
        String code = m.location.get(type).sampleLabel(r);
        Place p = Gazetteer.get(code);
        if (p.level().equals("prefecture")) {
            List<Place> kids = Gazetteer.children(code);
            if (!kids.isEmpty()) return kids.get(r.nextInt(kids.size())).code();
        }
        return code;
    }

    /** Competing annual hazards for one month: the index of the event that happened, or −1. */
    private int pick(double... rates) {
        double total = 0;
        for (double x : rates) total += x;
        if (total <= 0) return -1;
        double u = r.nextDouble();
        double pAny = 1 - Math.exp(-total / 12.0);
        if (u >= pAny) return -1;
        double target = u / pAny * total;
        double acc = 0;
        for (int i = 0; i < rates.length; i++) {
            acc += rates[i];
            if (target < acc) return i;
        }
        return rates.length - 1;
    }

    String fate() {
        return switch (phase) {
            case DONE -> terminal;
            case DETAINED -> "detained-cn";
            case IN_NK -> "in-nk";
            case ONWARD -> "in-transit";
            default -> "in-china";
        };
    }
}
