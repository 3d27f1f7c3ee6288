package org.sahelkg.server.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Country outlines from the bundled Natural Earth TopoJSON ({@code geo/countries-50m.json}, world-atlas 2),
 * decoded here (quantised, delta-encoded arcs; a negative arc index is the reversed arc {@code ~i}) and
 * projected equirectangularly into a frame, as SVG path data. Only the rings that reach into the frame
 * are kept, and points closer than half a pixel to the previous one are dropped.
 */
public final class WorldMap {
    /** The bundled TopoJSON. */
    public static final String RESOURCE = "geo/countries-50m.json";

    /** A country's outline: its Natural Earth name, ISO 3166 numeric code and SVG path data in the frame. */
    public record Country(String name, String code, String path) {
    }

    /** A lon/lat box projected onto {@code width} pixels; the height follows. */
    public record Frame(double west, double south, double east, double north, double width) {
        public double scale() {
            return width / (east - west);
        }

        public double height() {
            return (north - south) * scale();
        }

        public double x(double lon) {
            return (lon - west) * scale();
        }

        public double y(double lat) {
            return (north - lat) * scale();
        }

        public boolean contains(double lon, double lat) {
            return lon >= west && lon <= east && lat >= south && lat <= north;
        }
    }

    private final List<double[][]> arcs;
    private final JsonNode geometries;

    private WorldMap(List<double[][]> arcs, JsonNode geometries) {
        this.arcs = arcs;
        this.geometries = geometries;
    }

    /** The bundled outlines. */
    public static WorldMap load() {
        try (InputStream in = WorldMap.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE + " on the class path");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes a TopoJSON topology whose object {@code countries} holds the outlines. */
    public static WorldMap parse(JsonNode topology) {
        JsonNode transform = topology.get("transform");
        double sx = 1;
        double sy = 1;
        double tx = 0;
        double ty = 0;
        if (transform != null) {
            sx = transform.get("scale").get(0).asDouble();
            sy = transform.get("scale").get(1).asDouble();
            tx = transform.get("translate").get(0).asDouble();
            ty = transform.get("translate").get(1).asDouble();
        }
        List<double[][]> arcs = new ArrayList<>();
        for (JsonNode arc : topology.get("arcs")) {
            double[][] points = new double[arc.size()][2];
            long x = 0;
            long y = 0;
            int i = 0;
            for (JsonNode p : arc) {
                if (transform != null) {
                    x += p.get(0).asLong();
                    y += p.get(1).asLong();
                    points[i][0] = x * sx + tx;
                    points[i][1] = y * sy + ty;
                } else {
                    points[i][0] = p.get(0).asDouble();
                    points[i][1] = p.get(1).asDouble();
                }
                i++;
            }
            arcs.add(points);
        }
        return new WorldMap(arcs, topology.get("objects").get("countries").get("geometries"));
    }

    /** The countries that reach into {@code frame}, with their outlines in it. */
    public List<Country> countries(Frame frame) {
        List<Country> countries = new ArrayList<>();
        for (JsonNode g : geometries) {
            List<JsonNode> polygons = new ArrayList<>();
            String type = g.path("type").asText();
            if (type.equals("Polygon")) {
                polygons.add(g.get("arcs"));
            } else if (type.equals("MultiPolygon")) {
                g.get("arcs").forEach(polygons::add);
            }
            StringBuilder path = new StringBuilder();
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    List<double[]> points = ring(ring);
                    if (reaches(points, frame)) {
                        draw(points, frame, path);
                    }
                }
            }
            if (path.length() > 0) {
                countries.add(new Country(g.path("properties").path("name").asText(""), g.path("id").asText(""),
                        path.toString()));
            }
        }
        return countries;
    }

    /** A ring's points (lon, lat) from its arc indexes. */
    List<double[]> ring(JsonNode ring) {
        List<double[]> points = new ArrayList<>();
        for (JsonNode index : ring) {
            int i = index.asInt();
            double[][] arc = arcs.get(i >= 0 ? i : ~i);
            if (i >= 0) {
                for (int k = 0; k < arc.length; k++) {
                    if (k > 0 || points.isEmpty()) {
                        points.add(arc[k]);
                    }
                }
            } else {
                for (int k = arc.length - 1; k >= 0; k--) {
                    if (k < arc.length - 1 || points.isEmpty()) {
                        points.add(arc[k]);
                    }
                }
            }
        }
        return points;
    }

    private static boolean reaches(List<double[]> points, Frame f) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] p : points) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        return maxX >= f.west() && minX <= f.east() && maxY >= f.south() && minY <= f.north();
    }

    private static void draw(List<double[]> points, Frame f, StringBuilder path) {
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        int drawn = 0;
        for (int i = 0; i < points.size(); i++) {
            double x = f.x(points.get(i)[0]);
            double y = f.y(points.get(i)[1]);
            boolean last = i == points.size() - 1;
            if (drawn > 0 && !last && Math.abs(x - lastX) < 0.5 && Math.abs(y - lastY) < 0.5) {
                continue;
            }
            path.append(drawn == 0 ? 'M' : 'L').append(fmt(x)).append(',').append(fmt(y));
            lastX = x;
            lastY = y;
            drawn++;
        }
        path.append('Z');
    }

    /** A coordinate with one decimal. */
    public static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
