package org.uncounted.app.report;

import java.util.ArrayList;
import java.util.List;
import org.uncounted.estimation.MseResult;
import org.uncounted.figures.Share;

/** The charts of the headline report, drawn from the same figures as the table. */
final class HeadlineCharts {
    record Chart(String title, byte[] png) {}

    private HeadlineCharts() {}

    static List<Chart> all(Headline h) {
        List<Chart> out = new ArrayList<>();
        List<ReportCharts.Point> scale = new ArrayList<>();
        MseResult pooled = h.scale().linked().pooled();
        // the documented count as published (rounded, or left out when withheld), never the exact count
        h.lines().stream()
                .filter(l -> l.figure().startsWith("women documented") && !Double.isNaN(l.point()))
                .findFirst()
                .ifPresent(l -> scale.add(
                        new ReportCharts.Point("documented (linked persons)", l.point(), Double.NaN, Double.NaN)));
        scale.add(new ReportCharts.Point(
                "estimated total, pooled over linkages", pooled.estimate(), pooled.lower(), pooled.upper()));
        int k = 0;
        for (MseResult r : h.scale().linked().perReplicate()) {
            scale.add(new ReportCharts.Point(
                    "linkage replicate " + (++k) + " " + r.model(), r.estimate(), r.lower(), r.upper()));
        }
        String title = "Women in the population: estimate with its interval, and across linkage replicates";
        out.add(new Chart(title, ReportCharts.intervals(title, "persons", scale)));
        List<ReportCharts.Point> strata = new ArrayList<>();
        for (HeadlineLine l : h.lines()) {
            if (l.section().equals("scale by stratum") && !Double.isNaN(l.point())) {
                String f = l.figure().replace("women in the population, ", "");
                String label = f.startsWith("sum over")
                        ? "sum over the strata with an estimate"
                        : f.substring(f.indexOf(": ") + 2);
                strata.add(new ReportCharts.Point(label, l.point(), l.lower(), l.upper()));
            }
        }
        if (!strata.isEmpty()) {
            String t = "Women in the population by " + h.settings().stratify().label() + ", and the sum";
            out.add(new Chart(t, ReportCharts.intervals(t, "persons", strata)));
        }
        if (!h.typeShares().isEmpty()) {
            List<ReportCharts.Point> shares = new ArrayList<>();
            for (Share s : h.typeShares()) {
                shares.add(new ReportCharts.Point(
                        s.category(),
                        100 * s.estimate(),
                        100 * s.interval().lower(),
                        100 * s.interval().upper()));
            }
            String t = "First exploitation of trafficked women: shares with simultaneous intervals";
            out.add(new Chart(t, ReportCharts.intervals(t, "% of trafficked women", shares)));
        }
        if (!h.survival().isEmpty()) {
            String t = "How long exploitation lasts: Kaplan-Meier, spells still running are censored";
            out.add(new Chart(t, ReportCharts.survival(t, h.survival())));
        }
        String t = "Which assumption moves the revenue total most (one at a time, 5th to 95th percentile)";
        out.add(new Chart(t, ReportCharts.tornado(t, h.revenue().tornado(), 6.8985e6, "USD million per year")));
        return out;
    }
}
