package org.uncounted.simulate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * What a simulated population implies, next to the published figures it should reproduce (domain
 * research section 5.9). Counts are population-equivalent: the simulated counts multiplied by
 * {@link #scaleToReal()}, the ratio of the unscaled entry flows to the number of women simulated.
 *
 * @param women women simulated
 * @param seed the seed
 * @param startYear first year
 * @param endYear last year
 * @param scaleToReal population-equivalent factor
 * @param years one row per simulated year
 * @param organisations one row per documenting organisation
 * @param checks the calibration targets, each with its status
 * @param prices median sale prices by exploitation type
 */
public record SimulationSummary(
        long women,
        long seed,
        int startYear,
        int endYear,
        double scaleToReal,
        List<Year> years,
        List<Organisation> organisations,
        List<Check> checks,
        List<PriceMedian> prices) {

    /**
     * Population-equivalent figures for one year: stock in July by exploitation type, flows over
     * the year (new sales to final buyers by type, arrivals in the ROK, repatriations), revenue in
     * USD.
     */
    public record Year(
            int year,
            double inChina,
            double marriage,
            double prostitution,
            double cybersex,
            double labour,
            double arrivalsRok,
            double repatriations,
            double revenueUsd,
            double[] newSalesByType) {
        /** New sales to final buyers of a type (marriage, prostitution, cybersex, labour) as a share. */
        public double newSalesShare(int type) {
            double sum = 0;
            for (double v : newSalesByType) sum += v;
            return sum == 0 ? Double.NaN : newSalesByType[type] / sum;
        }
    }

    /**
     * One list: records written (within-list duplicates included), persons recorded, capture events
     * (duplicates excluded; one per person except for incident lists, which record each
     * repatriation), and the captures the configured model expected (the sum of the capture
     * probabilities), to check that capture behaves as configured.
     */
    public record Organisation(
            String id, String name, long records, long persons, long captures, double expectedCaptures) {}

    /**
     * One calibration target: PASS or FAIL within its tolerance, INFO when the target only asks to
     * report the value.
     */
    public record Check(
            String target, double simulated, String published, String tolerance, String status, String source) {}

    /** Median sale price to a final buyer: CNY at 2019 prices, and nominal USD of the sale year. */
    public record PriceMedian(String type, long sales, double cny2019, double usd) {}

    /** The check named {@code target}, or null. */
    public Check check(String target) {
        for (Check c : checks) if (c.target().equals(target)) return c;
        return null;
    }

    /** A report for a terminal: checks, then stock/arrivals/revenue by year, then lists. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "Simulated %,d women, seed %d, %d-%d; counts x %.3f = population-equivalent%n",
                women,
                seed,
                startYear,
                endYear,
                scaleToReal));
        sb.append(String.format(
                Locale.ROOT,
                "%n%-58s %14s  %-26s %-6s%n",
                "calibration target (domain.md 5.9)",
                "simulated",
                "published (tolerance)",
                "status"));
        for (Check c : checks) {
            sb.append(String.format(
                    Locale.ROOT,
                    "%-58s %14s  %-26s %-6s%n",
                    c.target(),
                    fmt(c.simulated()),
                    c.published() + (c.tolerance().isEmpty() ? "" : " (" + c.tolerance() + ")"),
                    c.status()));
        }
        sb.append(String.format(
                Locale.ROOT,
                "%n%4s %9s %9s %9s %9s %7s %8s %8s %10s%n",
                "year",
                "in China",
                "marriage",
                "prostit.",
                "cybersex",
                "labour",
                "to ROK",
                "repatr.",
                "revenue $M"));
        for (Year y : years) {
            sb.append(String.format(
                    Locale.ROOT,
                    "%4d %9.0f %9.0f %9.0f %9.0f %7.0f %8.0f %8.0f %10.1f%n",
                    y.year(),
                    y.inChina(),
                    y.marriage(),
                    y.prostitution(),
                    y.cybersex(),
                    y.labour(),
                    y.arrivalsRok(),
                    y.repatriations(),
                    y.revenueUsd() / 1e6));
        }
        sb.append(
                String.format(Locale.ROOT, "%n%-22s %8s %9s %10s%n", "sale price medians", "sales", "CNY-2019", "USD"));
        for (PriceMedian p : prices) {
            sb.append(
                    String.format(Locale.ROOT, "%-22s %8d %9.0f %10.0f%n", p.type(), p.sales(), p.cny2019(), p.usd()));
        }
        sb.append(String.format(
                Locale.ROOT,
                "%n%-22s %-30s %8s %8s %8s %10s%n",
                "organisation",
                "name",
                "records",
                "persons",
                "captures",
                "expected"));
        for (Organisation o : organisations) {
            sb.append(String.format(
                    Locale.ROOT,
                    "%-22s %-30s %8d %8d %8d %10.1f%n",
                    o.id(),
                    o.name(),
                    o.records(),
                    o.persons(),
                    o.captures(),
                    o.expectedCaptures()));
        }
        return sb.toString();
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) return "n/a";
        if (Math.abs(v) >= 1000) return String.format(Locale.ROOT, "%,.0f", v);
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** Writes summary.json (deterministic: fixed field order, fixed number formatting). */
    public void writeJson(OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("women", women);
            g.writeNumberField("seed", seed);
            g.writeNumberField("startYear", startYear);
            g.writeNumberField("endYear", endYear);
            g.writeNumberField("scaleToReal", round(scaleToReal));
            g.writeArrayFieldStart("checks");
            for (Check c : checks) {
                g.writeStartObject();
                g.writeStringField("target", c.target());
                if (Double.isNaN(c.simulated())) g.writeNullField("simulated");
                else g.writeNumberField("simulated", round(c.simulated()));
                g.writeStringField("published", c.published());
                g.writeStringField("tolerance", c.tolerance());
                g.writeStringField("status", c.status());
                g.writeStringField("source", c.source());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("years");
            for (Year y : years) {
                g.writeStartObject();
                g.writeNumberField("year", y.year());
                g.writeNumberField("inChina", round(y.inChina()));
                g.writeObjectFieldStart("stockByType");
                g.writeNumberField("marriage", round(y.marriage()));
                g.writeNumberField("prostitution", round(y.prostitution()));
                g.writeNumberField("cybersex", round(y.cybersex()));
                g.writeNumberField("labour", round(y.labour()));
                g.writeEndObject();
                g.writeObjectFieldStart("newSalesByType");
                String[] types = {"marriage", "prostitution", "cybersex", "labour"};
                for (int t = 0; t < types.length; t++) g.writeNumberField(types[t], round(y.newSalesByType()[t]));
                g.writeEndObject();
                g.writeNumberField("arrivalsRok", round(y.arrivalsRok()));
                g.writeNumberField("repatriations", round(y.repatriations()));
                g.writeNumberField("revenueUsd", Math.round(y.revenueUsd()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("priceMedians");
            for (PriceMedian p : prices) {
                g.writeStartObject();
                g.writeStringField("type", p.type());
                g.writeNumberField("sales", p.sales());
                g.writeNumberField("cny2019", Math.round(p.cny2019()));
                g.writeNumberField("usd", Math.round(p.usd()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("organisations");
            for (Organisation o : organisations) {
                g.writeStartObject();
                g.writeStringField("id", o.id());
                g.writeStringField("name", o.name());
                g.writeNumberField("records", o.records());
                g.writeNumberField("persons", o.persons());
                g.writeNumberField("captures", o.captures());
                g.writeNumberField("expectedCaptures", round(o.expectedCaptures()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
