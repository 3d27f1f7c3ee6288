package org.sahelkg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The latency plot of a benchmark run as SVG: p50 of each catalog query (thin lines), their median and the
 * slowest (thick lines), against the graph's size in quads, both axes logarithmic.
 */
final class Plot {
    private static final int W = 760;
    private static final int H = 460;
    private static final int LEFT = 70;
    private static final int RIGHT = 200;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;

    private Plot() {
    }

    static String latency(Figures.Report report) {
        List<Figures.Scale> scales = report.scales().stream().filter(s -> !s.queries().isEmpty()).toList();
        Map<String, List<double[]>> series = new TreeMap<>();
        List<double[]> median = new ArrayList<>();
        List<double[]> worst = new ArrayList<>();
        double minX = Double.MAX_VALUE;
        double maxX = 0;
        double minY = Double.MAX_VALUE;
        double maxY = 0;
        for (Figures.Scale s : scales) {
            double x = s.total();
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            for (Figures.Latency l : s.queries()) {
                if (Double.isNaN(l.p50())) {
                    // A query the endpoint failed has no point at this size.
                    continue;
                }
                series.computeIfAbsent(l.query(), k -> new ArrayList<>()).add(new double[] {x, l.p50()});
                minY = Math.min(minY, l.p50());
                maxY = Math.max(maxY, l.p50());
            }
            median.add(new double[] {x, s.medianP50()});
            worst.add(new double[] {x, s.worstP50()});
        }
        if (minY > maxY) {
            minY = 1;
            maxY = 10;
        }
        double x0 = Math.floor(Math.log10(Math.max(1, minX)));
        double x1 = Math.ceil(Math.log10(Math.max(10, maxX)));
        if (x1 <= x0) {
            x1 = x0 + 1;
        }
        double y0 = Math.floor(Math.log10(Math.max(0.01, minY)));
        double y1 = Math.ceil(Math.log10(Math.max(0.1, maxY)));
        if (y1 <= y0) {
            y1 = y0 + 1;
        }
        StringBuilder svg = new StringBuilder();
        svg.append(f("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", W, H, W, H));
        svg.append(f("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", W, H));
        svg.append(f("<text x=\"%d\" y=\"22\" font-size=\"14\">Catalog query latency (p50, HTTP endpoint) against graph "
                + "size — %s, %s</text>%n", LEFT, esc(report.date()), esc(report.machine())));
        int plotW = W - LEFT - RIGHT;
        int plotH = H - TOP - BOTTOM;
        for (double e = x0; e <= x1; e++) {
            double px = LEFT + (e - x0) / (x1 - x0) * plotW;
            svg.append(f("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n", px, TOP, px, TOP + plotH));
            svg.append(f("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">1e%d</text>%n", px, TOP + plotH + 18, (int) e));
        }
        for (double e = y0; e <= y1; e++) {
            double py = TOP + plotH - (e - y0) / (y1 - y0) * plotH;
            svg.append(f("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT, py, LEFT + plotW, py));
            svg.append(f("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s ms</text>%n", LEFT - 6, py + 4,
                    trim(Math.pow(10, e))));
        }
        svg.append(f("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">quads in the store (asserted + inferred), log scale"
                + "</text>%n", LEFT + plotW / 2, H - 18));
        final double fx0 = x0;
        final double fx1 = x1;
        final double fy0 = y0;
        final double fy1 = y1;
        java.util.function.Function<double[], String> point = p -> f("%.1f,%.1f",
                LEFT + (Math.log10(Math.max(1, p[0])) - fx0) / (fx1 - fx0) * plotW,
                TOP + plotH - (Math.log10(Math.max(0.01, p[1])) - fy0) / (fy1 - fy0) * plotH);
        series.forEach((name, points) -> svg.append(f("<polyline fill=\"none\" stroke=\"#9ab\" stroke-width=\"1\" "
                + "points=\"%s\"><title>%s</title></polyline>%n", String.join(" ", points.stream().map(point).toList()),
                esc(name))));
        svg.append(f("<polyline fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"3\" points=\"%s\"/>%n",
                String.join(" ", median.stream().map(point).toList())));
        svg.append(f("<polyline fill=\"none\" stroke=\"#c0392b\" stroke-width=\"3\" points=\"%s\"/>%n",
                String.join(" ", worst.stream().map(point).toList())));
        for (double[] p : worst) {
            String[] xy = point.apply(p).split(",");
            svg.append(f("<circle cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"#c0392b\"/>%n", xy[0], xy[1]));
        }
        int lx = LEFT + plotW + 16;
        svg.append(f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#c0392b\" stroke-width=\"3\"/>"
                + "<text x=\"%d\" y=\"%d\">slowest query</text>%n", lx, TOP + 10, lx + 24, TOP + 10, lx + 30, TOP + 14));
        svg.append(f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#1f5fa8\" stroke-width=\"3\"/>"
                + "<text x=\"%d\" y=\"%d\">median query</text>%n", lx, TOP + 30, lx + 24, TOP + 30, lx + 30, TOP + 34));
        svg.append(f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#9ab\"/>"
                + "<text x=\"%d\" y=\"%d\">each catalog query</text>%n", lx, TOP + 50, lx + 24, TOP + 50, lx + 30, TOP + 54));
        int ly = TOP + 80;
        for (Figures.Scale s : scales) {
            svg.append(f("<text x=\"%d\" y=\"%d\">%s: %,d quads</text>%n", lx, ly, esc(s.name()), s.total()));
            ly += 16;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String trim(double v) {
        return v >= 1 ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
