package org.uncounted.app.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.uncounted.figures.SurvivalCurve;
import org.uncounted.figures.SurvivalStep;
import org.uncounted.figures.TornadoBar;

/** The report's charts as PNG bytes (XChart, headless): intervals, survival curves, a tornado. */
final class ReportCharts {
    private static final Color[] PALETTE = {
        new Color(0x1f, 0x3a, 0x5f),
        new Color(0xc0, 0x50, 0x2a),
        new Color(0x3a, 0x7d, 0x44),
        new Color(0x7b, 0x4b, 0x94)
    };

    private ReportCharts() {}

    /** One estimate with its interval. */
    record Point(String label, double value, double lower, double upper) {}

    /** Points with vertical interval bars, one column each, labelled in the legend. */
    static byte[] intervals(String title, String yTitle, List<Point> points) {
        XYChart c = base(title, "", yTitle, 720, 380 + 22 * points.size());
        double top = 0;
        for (Point p : points) top = Math.max(top, Double.isFinite(p.upper()) ? p.upper() : p.value() * 2);
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            Color color = PALETTE[i % PALETTE.length];
            double hi = Double.isFinite(p.upper()) ? p.upper() : top;
            double lo = Double.isFinite(p.lower()) ? p.lower() : p.value();
            XYSeries bar = c.addSeries(
                    String.format(java.util.Locale.ROOT, "%s: %,.1f [%,.1f, %,.1f]", p.label(), p.value(), lo, hi),
                    new double[] {i + 1, i + 1},
                    new double[] {lo, hi});
            bar.setMarker(SeriesMarkers.NONE);
            bar.setLineColor(color);
            bar.setLineStyle(new BasicStroke(5f));
            XYSeries dot = c.addSeries("point " + i, new double[] {i + 1}, new double[] {p.value()});
            dot.setMarker(SeriesMarkers.CIRCLE);
            dot.setMarkerColor(color);
            dot.setShowInLegend(false);
        }
        c.getStyler().setXAxisTicksVisible(false);
        c.getStyler().setXAxisMin(0.5);
        c.getStyler().setXAxisMax(points.size() + 0.5);
        c.getStyler().setYAxisMin(0.0);
        return png(c);
    }

    /** Kaplan–Meier step curves, one per group. */
    static byte[] survival(String title, Map<String, SurvivalCurve> curves) {
        XYChart c = base(title, "months since the spell began", "share of spells still running", 720, 440);
        int i = 0;
        for (var e : curves.entrySet()) {
            List<Double> x = new ArrayList<>(List.of(0.0));
            List<Double> y = new ArrayList<>(List.of(1.0));
            double last = 1.0;
            for (SurvivalStep s : e.getValue().steps()) {
                x.add(s.time());
                y.add(last);
                x.add(s.time());
                y.add(s.survival());
                last = s.survival();
            }
            XYSeries series = c.addSeries(e.getKey() + " (n=" + e.getValue().n() + ")", x, y);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(PALETTE[i++ % PALETTE.length]);
        }
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(1.0);
        return png(c);
    }

    /** A tornado: for each assumption, the total at its low and high value, widest swing on top. */
    static byte[] tornado(String title, List<TornadoBar> bars, double scale, String xTitle) {
        XYChart c = base(title, xTitle, "", 760, 160 + 40 * bars.size());
        int n = bars.size();
        for (int i = 0; i < n; i++) {
            TornadoBar b = bars.get(i);
            double y = n - i;
            XYSeries s = c.addSeries(
                    b.parameter(), new double[] {b.totalAtLow() / scale, b.totalAtHigh() / scale}, new double[] {y, y});
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(PALETTE[i % PALETTE.length]);
            s.setLineStyle(new BasicStroke(12f));
        }
        c.getStyler().setYAxisTicksVisible(false);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(n + 1.0);
        c.getStyler().setXAxisDecimalPattern("#,###");
        return png(c);
    }

    private static XYChart base(String title, String xTitle, String yTitle, int width, int height) {
        XYChart c = new XYChartBuilder()
                .width(width)
                .height(height)
                .title(title)
                .xAxisTitle(xTitle)
                .yAxisTitle(yTitle)
                .build();
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setPlotGridVerticalLinesVisible(false);
        return c;
    }

    private static byte[] png(XYChart c) {
        try {
            return BitmapEncoder.getBitmapBytes(c, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
