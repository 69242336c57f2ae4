package org.uncounted.app.demo;

import java.io.PrintWriter;
import java.util.Locale;
import org.uncounted.app.analysis.ScaleAnalysis;
import org.uncounted.app.report.SimulationTruth;
import org.uncounted.estimation.MseResult;

/** Prints the demo's "how many women?" section: linkage quality and the estimates against the truth. */
final class ScaleSection {
    private ScaleSection() {}

    static void print(PrintWriter out, ScaleAnalysis a, SimulationTruth truth) {
        out.println();
        out.println("How many women? Linkage, then multiple systems estimation over the sources");
        out.println("--------------------------------------------------------------------------");
        out.printf(
                Locale.ROOT,
                "  linkage: %,d records -> %,d persons; %,d candidate pairs compared%n",
                a.linkage().personIds().size(),
                a.linkage().personCount(),
                a.linkage().comparedPairs());
        if (a.linkQuality() != null)
            out.println("  linkage against the truth: " + a.linkQuality().summary());
        out.printf(
                Locale.ROOT, "  %-40s %9s %11s %25s  %s%n", "input", "observed", "estimate", "95 % interval", "model");
        MseResult pooled = a.linked().pooled();
        row(out, "linked records (" + a.linked().perReplicate().size() + " linkage replicates)", pooled);
        if (a.fromTrueLinks() != null) row(out, "true links (no linkage error)", a.fromTrueLinks());
        out.printf(Locale.ROOT, "  %-40s %9s %,11d%n", "truth: women in the simulation", "", truth.women());
        out.printf(Locale.ROOT, "  %-40s %9s %,11d%n", "truth: of them ever trafficked", "", truth.everTrafficked());
        out.println("  Assumptions: a closed population over the whole period, lists that are independent given the"
                + " modelled interactions, and homogeneous capture within the model; the simulation's lists violate"
                + " the first and last on purpose, as real lists do. See docs/methods/mse.md.");
        if (!pooled.diagnostics().notes().isEmpty()) {
            pooled.diagnostics().notes().forEach(n -> out.println("  note: " + n));
        }
    }

    private static void row(PrintWriter out, String label, MseResult r) {
        out.printf(
                Locale.ROOT,
                "  %-40s %,9d %,11.0f %,11.0f - %,-11.0f  %s %s%n",
                label,
                r.observed(),
                r.estimate(),
                r.lower(),
                r.upper(),
                r.method(),
                r.model());
    }
}
