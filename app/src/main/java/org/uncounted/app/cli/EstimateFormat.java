package org.uncounted.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.uncounted.estimation.MseDiagnostics;
import org.uncounted.estimation.MseResult;

/** Text and JSON renderings of MSE results for {@code uncounted estimate mse}. */
final class EstimateFormat {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EstimateFormat() {}

    /** A result with its stratum label (null when the input was not stratified). */
    record Labelled(String label, MseResult result) {}

    static String text(List<Labelled> results, Map<String, String> failures, boolean compare) {
        StringBuilder sb = new StringBuilder();
        if (compare) {
            String stratum = "\u0000";
            for (Labelled l : results) {
                if (!String.valueOf(l.label()).equals(stratum)) {
                    stratum = String.valueOf(l.label());
                    MseResult r = l.result();
                    sb.append(String.format(
                            Locale.ROOT,
                            "%n%s%s — %d lists, observed n = %,d%n",
                            r.source(),
                            l.label() == null ? "" : " [" + l.label() + "]",
                            r.lists().size(),
                            r.observed()));
                    sb.append(String.format(
                            Locale.ROOT,
                            "  %-13s %-24s %12s %27s  %s%n",
                            "method",
                            "model",
                            "estimate",
                            pct(r.level()) + " interval",
                            "interval method"));
                }
                MseResult r = l.result();
                sb.append(String.format(
                        Locale.ROOT,
                        "  %-13s %-24s %,12.1f  [%,11.1f, %,11.1f]  %s%n",
                        r.method(),
                        abbreviate(r.model(), 24),
                        r.estimate(),
                        r.lower(),
                        r.upper(),
                        r.intervalMethod().label()));
            }
            sb.append("\nModel choice dominates: report the method, and the spread above.\n");
        } else {
            for (Labelled l : results) sb.append(single(l));
        }
        if (!failures.isEmpty()) {
            sb.append("\nNo estimate:\n");
            failures.forEach((m, why) ->
                    sb.append("  ").append(m).append(": ").append(why).append('\n'));
        }
        return sb.toString();
    }

    private static String single(Labelled l) {
        MseResult r = l.result();
        MseDiagnostics d = r.diagnostics();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "%n%s%s — multiple systems estimation%n",
                r.source(),
                l.label() == null ? "" : " [stratum " + l.label() + "]"));
        row(sb, "lists", String.join(", ", r.lists()));
        row(sb, "method", r.method());
        row(sb, "model", r.model());
        if (!r.termsAdded().isEmpty()) row(sb, "terms added", String.join(", ", r.termsAdded()));
        row(sb, "observed n", String.format(Locale.ROOT, "%,d", r.observed()));
        row(sb, "estimate", String.format(Locale.ROOT, "%,.1f  (dark figure %,.1f)", r.estimate(), r.darkFigure()));
        row(
                sb,
                pct(r.level()) + " interval",
                String.format(
                        Locale.ROOT,
                        "[%,.1f, %,.1f]  %s",
                        r.lower(),
                        r.upper(),
                        r.intervalMethod().label()));
        row(sb, "no overlap", d.nonOverlappingPairs().isEmpty() ? "none" : String.join(", ", d.nonOverlappingPairs()));
        row(sb, "boundary terms", d.boundaryTerms().isEmpty() ? "none" : String.join(", ", d.boundaryTerms()));
        if (d.bestModels() > 0) {
            row(
                    sb,
                    "across models",
                    String.format(Locale.ROOT, "%,.0f to %,.0f  (%s)", d.spreadLow(), d.spreadHigh(), d.spreadBasis()));
        }
        if (Double.isFinite(d.bic())) row(sb, "AIC / BIC", String.format(Locale.ROOT, "%.3f / %.3f", d.aic(), d.bic()));
        if (d.bootstrapReplicates() > 0) {
            row(
                    sb,
                    "bootstrap",
                    d.bootstrapReplicates() + " replicates, " + d.bootstrapFailures() + " without estimate");
        }
        if (Double.isFinite(d.profileMaximum())) {
            row(
                    sb,
                    "profile max",
                    String.format(
                            Locale.ROOT,
                            "%,.1f (multinomial; the estimate above is the Poisson N̂)",
                            d.profileMaximum()));
        }
        for (String note : d.notes()) row(sb, "note", note);
        return sb.toString();
    }

    private static void row(StringBuilder sb, String key, String value) {
        sb.append(String.format(Locale.ROOT, "  %-15s %s%n", key, value));
    }

    private static String pct(double level) {
        return String.format(
                Locale.ROOT,
                "%s%%",
                new java.math.BigDecimal(level * 100).stripTrailingZeros().toPlainString());
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static String json(List<Labelled> results, Map<String, String> failures, boolean single) {
        Object doc;
        if (single && results.size() == 1) {
            doc = map(results.get(0));
        } else {
            Map<String, Object> m = new LinkedHashMap<>();
            List<Object> list = new ArrayList<>();
            for (Labelled l : results) list.add(map(l));
            m.put("results", list);
            m.put("not_estimable", failures);
            doc = m;
        }
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render results as JSON", e);
        }
    }

    /** One result as a JSON object; non-finite numbers become null. */
    static Map<String, Object> map(Labelled l) {
        MseResult r = l.result();
        MseDiagnostics d = r.diagnostics();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", r.source());
        if (l.label() != null) m.put("stratum", l.label());
        m.put("method", r.method());
        m.put("terms", r.model());
        m.put("terms_added", r.termsAdded());
        m.put("lists", r.lists());
        m.put("observed", r.observed());
        m.put("estimate", num(r.estimate()));
        m.put("lower", num(r.lower()));
        m.put("upper", num(r.upper()));
        m.put("level", r.level());
        m.put("interval_method", r.intervalMethod().label());
        Map<String, Object> dm = new LinkedHashMap<>();
        dm.put("non_overlapping_pairs", d.nonOverlappingPairs());
        dm.put("boundary_terms", d.boundaryTerms());
        dm.put("check_code", d.checkCode());
        dm.put("best_models", d.bestModels());
        dm.put("spread_low", num(d.spreadLow()));
        dm.put("spread_high", num(d.spreadHigh()));
        dm.put("spread_basis", d.spreadBasis());
        dm.put("aic", num(d.aic()));
        dm.put("bic", num(d.bic()));
        dm.put("bootstrap_replicates", d.bootstrapReplicates());
        dm.put("bootstrap_failures", d.bootstrapFailures());
        dm.put("profile_maximum", num(d.profileMaximum()));
        dm.put("notes", d.notes());
        m.put("diagnostics", dm);
        return m;
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
