package org.uncounted.app.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Estimates with their intervals, one column per method or stratum (named, with its figures, in the
 * legend below the plot), and a dashed grey line at the observed count (the floor every estimate must
 * clear). PNG (XChart) or SVG, chosen by the file extension; SVG is written by {@link EstimateSvg}
 * because XChart's SVG encoder needs the optional VectorGraphics2D library, which the app does not ship.
 */
public final class EstimateChart {
    private static final Color[] PALETTE = {
        new Color(0x1f, 0x3a, 0x5f), new Color(0xc0, 0x50, 0x2a), new Color(0x3a, 0x7d, 0x44),
                new Color(0x7b, 0x4b, 0x94),
        new Color(0x8c, 0x6d, 0x1f), new Color(0x2a, 0x8c, 0x9c), new Color(0xa6, 0x3d, 0x6e),
                new Color(0x55, 0x55, 0x55),
        new Color(0xd4, 0x9a, 0x1c), new Color(0x5a, 0x6f, 0xc0), new Color(0x99, 0x33, 0x33)
    };

    private EstimateChart() {}

    /** One estimate: its label, point and limits (an infinite upper limit is drawn to the top). */
    public record Bar(String label, double estimate, double lower, double upper) {}

    /**
     * Writes the chart.
     *
     * @throws IllegalArgumentException if the extension is neither .png nor .svg, or there is nothing to draw
     * @throws IOException if the file cannot be written
     */
    public static void write(Path file, String title, List<Bar> bars, long observed) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg")) {
            throw new IllegalArgumentException("--plot " + file + ": the file name must end in .png or .svg");
        }
        if (bars.isEmpty()) throw new IllegalArgumentException("--plot: no estimate to draw");
        XYChart chart = build(title, bars, observed);
        if (name.endsWith(".png")) {
            BitmapEncoder.saveBitmapWithDPI(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG, 150);
        } else {
            Files.writeString(file, EstimateSvg.render(title, bars, observed), StandardCharsets.UTF_8);
        }
    }

    static XYChart build(String title, List<Bar> bars, long observed) {
        XYChart chart = new XYChartBuilder()
                .width(Math.max(640, 110 * bars.size()))
                .height(420 + 22 * bars.size())
                .title(title)
                .xAxisTitle("")
                .yAxisTitle("estimated total (observed + dark figure)")
                .build();
        double top = 0;
        for (Bar b : bars) top = Math.max(top, Double.isFinite(b.upper()) ? b.upper() : b.estimate() * 2);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double x = i + 1;
            double hi = Double.isFinite(b.upper()) ? b.upper() : top;
            Color color = PALETTE[i % PALETTE.length];
            XYSeries interval = chart.addSeries(
                    String.format(
                            Locale.ROOT,
                            "%s: %,.0f [%,.0f, %s]",
                            b.label(),
                            b.estimate(),
                            b.lower(),
                            Double.isFinite(b.upper()) ? String.format(Locale.ROOT, "%,.0f", b.upper()) : "∞"),
                    new double[] {x, x},
                    new double[] {b.lower(), hi});
            interval.setMarker(SeriesMarkers.NONE);
            interval.setLineColor(color);
            interval.setLineStyle(new BasicStroke(4f));
            XYSeries point = chart.addSeries("estimate " + i, new double[] {x}, new double[] {b.estimate()});
            point.setMarker(SeriesMarkers.CIRCLE);
            point.setMarkerColor(color);
            point.setShowInLegend(false);
        }
        XYSeries floor =
                chart.addSeries("observed", new double[] {0.5, bars.size() + 0.5}, new double[] {observed, observed});
        floor.setMarker(SeriesMarkers.NONE);
        floor.setLineColor(Color.GRAY);
        floor.setShowInLegend(false);
        floor.setLineStyle(
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        chart.getStyler().setXAxisTicksVisible(false);
        chart.getStyler().setXAxisMin(0.5);
        chart.getStyler().setXAxisMax(bars.size() + 0.5);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setYAxisDecimalPattern("#,###");
        return chart;
    }
}
