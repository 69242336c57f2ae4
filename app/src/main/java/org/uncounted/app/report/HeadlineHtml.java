package org.uncounted.app.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.uncounted.estimation.MseResult;
import org.uncounted.figures.Share;

/**
 * The headline report as one self-contained HTML file: the table, the charts (inline PNG), the
 * comparison with published-style figures (and with the truth, on synthetic data), and a methods
 * appendix written from what actually ran. Nothing identifying is in it: only disclosure-controlled
 * counts and estimates.
 */
final class HeadlineHtml {
    private HeadlineHtml() {}

    static String render(Headline h, SimulationTruth truth, String version) {
        StringBuilder b = new StringBuilder(64_000);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Headline figures</title><style>")
                .append(
                        "body{font-family:'Noto Sans','Noto Sans CJK KR',sans-serif;max-width:1000px;margin:2em auto;color:#222}")
                .append("table{border-collapse:collapse;width:100%;font-size:14px}td,th{border-bottom:1px solid #ddd;")
                .append(
                        "padding:4px 6px;text-align:left;vertical-align:top}td.num{text-align:right;white-space:nowrap}")
                .append("h2{border-bottom:2px solid #1f3a5f;padding-bottom:4px}.note{color:#555;font-size:13px}")
                .append("img{max-width:100%}</style></head><body>\n");
        b.append("<h1>Headline figures, with their uncertainty</h1>\n<p class=\"note\">")
                .append(esc(String.format(
                        Locale.ROOT,
                        "%s cases used (%s left out: no consent to statistical analysis on %s). Every count below"
                                + " passed disclosure control (threshold %d, rounding to base 5); a count below the"
                                + " threshold is shown as <%d.",
                        HeadlineLine.count(h.casesUsed(), h.settings().threshold()),
                        HeadlineLine.count(h.casesExcluded(), h.settings().threshold()),
                        h.settings().analysisDate(),
                        h.settings().threshold(),
                        h.settings().threshold())))
                .append("</p>\n");
        table(b, h);
        comparison(b, h, truth);
        charts(b, h);
        appendix(b, h, version);
        b.append("</body></html>\n");
        return b.toString();
    }

    private static void table(StringBuilder b, Headline h) {
        b.append("<h2>The table</h2>\n<table><tr><th>figure</th><th>estimate</th><th>")
                .append(pct(h.settings().level()))
                .append(" interval</th><th>unit</th><th>n</th><th>method</th></tr>\n");
        String section = "";
        for (HeadlineLine l : h.lines()) {
            if (!l.section().equals(section)) {
                section = l.section();
                b.append("<tr><th colspan=\"6\">").append(esc(section)).append("</th></tr>\n");
            }
            b.append("<tr><td>")
                    .append(esc(l.figure()))
                    .append("</td><td class=\"num\">")
                    .append(num(l.point()))
                    .append("</td><td class=\"num\">")
                    .append(interval(l))
                    .append("</td><td>")
                    .append(esc(l.unit()))
                    .append("</td><td class=\"num\">")
                    .append(
                            l.n() == null
                                    ? (isWithheld(l) ? "&lt;" + h.settings().threshold() : "")
                                    : String.format(Locale.ROOT, "%,d", l.n()))
                    .append("</td><td class=\"note\">")
                    .append(esc(l.method()))
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    /** A line withheld by disclosure control (its n suppressed); lines without an n of their own (revenue, a sum of strata) are not. */
    static boolean isWithheld(HeadlineLine l) {
        return !l.section().equals("revenue") && Double.isNaN(l.point());
    }

    private static void comparison(StringBuilder b, Headline h, SimulationTruth truth) {
        b.append("<h2>Against the published figures")
                .append(truth != null ? " and the simulated truth" : "")
                .append("</h2>\n<table><tr><th>figure</th><th>published (KFI 2019, 45 interviews, no interval)</th>")
                .append("<th>this analysis</th>")
                .append(truth != null ? "<th>simulated truth</th>" : "")
                .append("</tr>\n");
        MseResult scale = h.scale().linked().pooled();
        row(
                b,
                "women trafficked / in the population",
                "tens of thousands (\"conservative\")",
                String.format(Locale.ROOT, "%,.0f [%,.0f, %,.0f]", scale.estimate(), scale.lower(), scale.upper()),
                truth == null
                        ? null
                        : String.format(
                                Locale.ROOT, "%,d women (%,d ever trafficked)", truth.women(), truth.everTrafficked()));
        HeadlineLine tr = h.lines().stream()
                .filter(l -> l.figure().startsWith("trafficked"))
                .findFirst()
                .orElse(null);
        if (tr != null) {
            row(
                    b,
                    "share trafficked",
                    "about 60 %",
                    String.format(Locale.ROOT, "%.1f %% [%.1f, %.1f]", tr.point(), tr.lower(), tr.upper()),
                    truth == null
                            ? null
                            : String.format(Locale.ROOT, "%.1f %%", 100.0 * truth.everTrafficked() / truth.women()));
        }
        String[] published = {"about 50 %", "about 30 %", "about 15 %", "-"};
        for (int i = 0; i < h.typeShares().size(); i++) {
            Share s = h.typeShares().get(i);
            String t = HeadlineAnalysis.TYPES.get(i);
            row(
                    b,
                    "first exploitation: " + t,
                    published[i],
                    String.format(
                            Locale.ROOT,
                            "%.1f %% [%.1f, %.1f]",
                            100 * s.estimate(),
                            100 * s.interval().lower(),
                            100 * s.interval().upper()),
                    truth == null
                            ? null
                            : String.format(
                                    Locale.ROOT,
                                    "%.1f %%",
                                    100 * truth.firstTypeShares().get(t)));
        }
        row(
                b,
                "annual revenue",
                "at least USD 105 million",
                String.format(
                        Locale.ROOT,
                        "USD %,.0f million [%,.0f, %,.0f] (90 %%)",
                        h.revenue().total().median() / 6.8985e6,
                        h.revenue().total().lower5() / 6.8985e6,
                        h.revenue().total().upper95() / 6.8985e6),
                null);
        b.append("</table>\n<p class=\"note\">The published figures came from 45 interviews and rescuers' caseloads"
                + " without intervals; these come with theirs. On synthetic data the truth column shows how far each"
                + " method lands; the population estimate targets everyone the sources could have recorded over the whole"
                + " period, which is why it is compared with all women simulated.</p>\n");
    }

    private static void row(StringBuilder b, String figure, String published, String ours, String truth) {
        b.append("<tr><td>")
                .append(esc(figure))
                .append("</td><td>")
                .append(esc(published))
                .append("</td><td class=\"num\">")
                .append(esc(ours))
                .append("</td>");
        if (truth != null) b.append("<td class=\"num\">").append(esc(truth)).append("</td>");
        b.append("</tr>\n");
    }

    private static void charts(StringBuilder b, Headline h) {
        b.append("<h2>Charts</h2>\n");
        for (var chart : HeadlineCharts.all(h)) {
            b.append("<figure><img alt=\"")
                    .append(esc(chart.title()))
                    .append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(chart.png()))
                    .append("\"><figcaption class=\"note\">")
                    .append(esc(chart.title()))
                    .append("</figcaption></figure>\n");
        }
    }

    private static void appendix(StringBuilder b, Headline h, String version) {
        b.append("<h2>Methods appendix (written from what ran)</h2>\n<ul>\n");
        for (String item : HeadlineMethods.describe(h, version))
            b.append("<li>").append(esc(item)).append("</li>\n");
        b.append("</ul>\n");
    }

    static String interval(HeadlineLine l) {
        if (Double.isNaN(l.lower())) return "";
        return num(l.lower()) + " &ndash; " + (Double.isInfinite(l.upper()) ? "&infin;" : num(l.upper()));
    }

    static String num(double v) {
        if (Double.isNaN(v)) return "";
        if (Math.abs(v) >= 1000) return String.format(Locale.ROOT, "%,.0f", v);
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String pct(double level) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * level);
    }

    static String esc(String s) {
        StringBuilder o = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> o.append("&lt;");
                case '>' -> o.append("&gt;");
                case '&' -> o.append("&amp;");
                case '"' -> o.append("&quot;");
                case '\'' -> o.append("&#39;");
                default -> o.append(c);
            }
        }
        return o.toString();
    }

    static List<String> lines(Headline h) {
        return new ArrayList<>(h.lines().stream().map(HeadlineLine::canonical).toList());
    }
}
