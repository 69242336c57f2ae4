package org.uncounted.simulate.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uncounted.simulate.InvalidSimulationParameterException;

/**
 * One documenting organisation (domain research section 5.8, P-LIST-*): who it can meet (its
 * kind), its capture model {@code logit p = a + b·x + s·η (+ log ρ per referral)}, and how it
 * writes names.
 */
public final class OrgSpec {
    /** Covariates an organisation may weigh, see {@link Covariates}. */
    public static final List<String> COVARIATES = List.of(
            "cybersex",
            "prostitution",
            "marriage",
            "marriage-with-children",
            "sex-trade",
            "repatriated",
            "log-years-exploited",
            "arrived-from-2020",
            "minor-at-first-sale",
            "mass-event",
            "escaped",
            "north-hamgyong");

    public final String id;
    public final String name;
    public final String kind;
    public final Map<String, Double> b;
    public final double s;
    /** Odds multipliers keyed by the index of an earlier organisation in {@code org.ids}. */
    public final Map<Integer, Double> referrals = new LinkedHashMap<>();

    public final Categorical nameForm;
    public final double pseudonymOnly;
    public double pOnward;
    public double rateInChina;
    public double rateEscaped;
    public double pArrived;
    public double pOther;
    public int[] interviewMonths;
    public int[] window;
    public double p;
    public double pEvent;
    public int[] massEvents = new int[0];

    OrgSpec(ParamReader r, String id, List<String> earlier) {
        String k = "org." + id + ".";
        this.id = id;
        if (!id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new InvalidSimulationParameterException(
                    "key 'org.ids' value '" + id + "': ids are 1-40 lower-case letters, digits and hyphens");
        }
        name = r.text(k + "name");
        kind = r.text(k + "kind");
        b = r.coefficients(k + "b");
        for (String c : b.keySet()) {
            if (!COVARIATES.contains(c)) {
                throw new InvalidSimulationParameterException(
                        "key '" + k + "b' value '" + c + "': unknown covariate, expected one of " + COVARIATES);
            }
        }
        s = r.num(k + "s", 0, 10);
        nameForm = r.dist(k + "name-form");
        pseudonymOnly = r.has(k + "pseudonym-only") ? r.prob(k + "pseudonym-only") : 0;
        for (int i = 0; i < earlier.size(); i++) {
            String key = k + "referral." + earlier.get(i);
            if (r.has(key)) referrals.put(i, r.num(key, 0, 1e6));
        }
        switch (kind) {
            case "onward" -> {
                pOnward = r.prob(k + "p-onward");
                rateInChina = r.has(k + "rate-in-china") ? r.num(k + "rate-in-china", 0, 100) : 0;
                rateEscaped = r.has(k + "rate-escaped") ? r.num(k + "rate-escaped", 0, 100) : 0;
            }
            case "resettlement" -> {
                pArrived = r.prob(k + "p-arrived");
                pOther = r.prob(k + "p-other");
                interviewMonths = r.intRange(k + "interview-months-after-arrival", 0, 600);
            }
            case "window" -> {
                window = r.intRange(k + "window", 1900, 2200);
                p = r.prob(k + "p");
            }
            case "general" -> p = r.prob(k + "p");
            case "repatriation" -> {
                pEvent = r.prob(k + "p-event");
                if (r.has(k + "mass-events")) {
                    List<String> ms = r.list(k + "mass-events");
                    massEvents = new int[ms.size()];
                    for (int i = 0; i < ms.size(); i++) massEvents[i] = parseMonth(k + "mass-events", ms.get(i));
                }
            }
            default ->
                throw new InvalidSimulationParameterException("key '" + k + "kind' value '" + kind
                        + "': expected onward, resettlement, window, general or repatriation");
        }
    }

    private static int parseMonth(String key, String v) {
        if (!v.matches("\\d{4}-\\d{2}")) {
            throw new InvalidSimulationParameterException("key '" + key + "' value '" + v + "': expected YYYY-MM");
        }
        return Months.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5)));
    }

    /** Covariate part of the logit, {@code b·x}. */
    double linear(Covariates x) {
        double sum = 0;
        for (var e : b.entrySet()) sum += e.getValue() * x.value(e.getKey());
        return sum;
    }
}
