package org.uncounted.app.chart;

import java.util.List;
import java.util.Locale;

/** A plain SVG rendering of {@link EstimateChart}: one vertical interval and point per estimate. */
final class EstimateSvg {
    private static final int LEFT = 90;
    private static final int TOP = 50;
    private static final int PLOT_HEIGHT = 340;
    private static final int STEP = 110;

    private EstimateSvg() {}

    static String render(String title, List<EstimateChart.Bar> bars, long observed) {
        double top = observed;
        for (EstimateChart.Bar b : bars) top = Math.max(top, Double.isFinite(b.upper()) ? b.upper() : b.estimate() * 2);
        top *= 1.05;
        int width = LEFT + STEP * bars.size() + 40;
        int height = TOP + PLOT_HEIGHT + 150;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                        + " font-family=\"sans-serif\" font-size=\"12\">%n",
                width,
                height));
        sb.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        sb.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"24\" font-size=\"15\" font-weight=\"bold\">%s</text>%n",
                LEFT,
                escape(title)));
        for (int k = 0; k <= 5; k++) {
            double v = top * k / 5;
            double y = y(v, top);
            sb.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
                    LEFT,
                    width - 30,
                    y,
                    y));
            sb.append(String.format(
                    Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%,.0f</text>%n", LEFT - 6, y + 4, v));
        }
        double yObs = y(observed, top);
        sb.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"gray\""
                        + " stroke-dasharray=\"6,4\"/><text x=\"%d\" y=\"%.1f\" fill=\"gray\">observed %,d</text>%n",
                LEFT,
                width - 30,
                yObs,
                yObs,
                LEFT + 4,
                yObs - 4,
                observed));
        for (int i = 0; i < bars.size(); i++) {
            EstimateChart.Bar b = bars.get(i);
            int x = LEFT + STEP * i + STEP / 2;
            double hi = Double.isFinite(b.upper()) ? b.upper() : top;
            sb.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#1f3a5f\"" + " stroke-width=\"4\"/>%n",
                    x,
                    x,
                    y(b.lower(), top),
                    y(hi, top)));
            sb.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%d\" cy=\"%.1f\" r=\"6\" fill=\"#c0502a\"/>%n",
                    x,
                    y(b.estimate(), top)));
            sb.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    x,
                    TOP + PLOT_HEIGHT + 20,
                    escape(b.label())));
            sb.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%,.0f</text>%n",
                    x,
                    TOP + PLOT_HEIGHT + 36,
                    b.estimate()));
            sb.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\""
                            + " fill=\"#555\">[%,.0f, %s]</text>%n",
                    x,
                    TOP + PLOT_HEIGHT + 50,
                    b.lower(),
                    Double.isFinite(b.upper()) ? String.format(Locale.ROOT, "%,.0f", b.upper()) : "∞"));
        }
        sb.append(String.format(
                Locale.ROOT,
                "<text x=\"16\" y=\"%d\" transform=\"rotate(-90 16 %d)\""
                        + " text-anchor=\"middle\">estimated total (observed + dark figure)</text>%n",
                TOP + PLOT_HEIGHT / 2,
                TOP + PLOT_HEIGHT / 2));
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static double y(double v, double top) {
        return TOP + PLOT_HEIGHT * (1 - v / top);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
