package org.sahelkg.server.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.sahelkg.iri.Iris;
import org.sahelkg.load.Names;
import org.sahelkg.server.graph.Kg;
import org.sahelkg.server.graph.Values;
import org.sahelkg.server.graph.WorldMap.Frame;
import org.sahelkg.server.graph.WorldMap;
import org.sahelkg.server.http.Exchange;
import org.sahelkg.server.http.Handler;
import org.sahelkg.vocab.GEO;
import org.sahelkg.vocab.PROV;
import org.sahelkg.vocab.SCHEMA;
import org.sahelkg.vocab.SEM;
import org.sahelkg.vocab.SKG;
import org.sahelkg.vocab.WGS84;

/**
 * The map ({@code /map}): North and West Africa drawn on the server as SVG from the bundled Natural Earth
 * outlines (no tile server, no script), the places of the graph at their curated approximate positions
 * with the number of events at each, and, for an event whose position is disputed (the drone downed at
 * Tin Zaouatine), an inset across the border with each claimed position as a schematic marker linking to
 * its claim: the sources give only distances from the border.
 */
public final class MapPage implements Handler {
    /** The frame of the main map: 18°W to 26°E, 3°N to 38°N. */
    static final Frame FRAME = new Frame(-18, 3, 26, 38, 960);
    private static final Node ALGERIA = NodeFactory.createURI(Iris.of("country/algeria"));
    private static final Node AES = NodeFactory.createURI(Iris.of("org/aes"));

    private final Site site;
    private volatile List<WorldMap.Country> outlines;

    public MapPage(Site site) {
        this.site = site;
    }

    /** A country outline, linked to its page when the graph has it. */
    public record Shape(String name, String path, String css, String href) {
    }

    /** A place on the map. */
    public record Mark(Ref ref, String anchor, String x, String y, String labelX, String labelY, boolean labelled,
                       String css, int events) {
    }

    /** A place in the table below the map. */
    public record PlaceRow(Ref ref, String anchor, String kind, String lat, String lon, String accuracy,
                           boolean onMap, List<Ref> events) {
    }

    /** A schematic inset of one disputed position. */
    public record Inset(Ref event, String id, int width, int height, String borderY, Ref north, Ref south,
                        List<Tick> ticks, List<Town> towns, List<Marker> markers) {
    }

    /** A distance mark on the inset's axis. */
    public record Tick(String y, String label) {
    }

    /** A town on the inset. */
    public record Town(Ref ref, String x, String y) {
    }

    /**
     * A claimed position on the inset.
     *
     * @param lineFrom where the line showing "more than", "nearly" or "somewhere on this side" starts, or null
     * @param lineTo   where it ends
     */
    public record Marker(int number, Ref claim, List<Ref> claimants, String words, List<Ref> sources, String side,
                         String x, String y, String lineFrom, String lineTo, boolean unknownDistance) {
    }

    @Override
    public void handle(Exchange ex) throws IOException {
        site.page(ex, HttpServletResponse.SC_OK, "map", "Map", "map", model(site.kg()));
    }

    /** The anchor of a place on the map page: {@code place-tinzaouatene}. */
    public static String placeAnchor(String iri) {
        String id = Iris.idOf(iri);
        return (id != null ? id : Kg.fallbackName(iri)).replaceAll("[^A-Za-z0-9_-]+", "-");
    }

    private List<WorldMap.Country> outlines() {
        List<WorldMap.Country> o = outlines;
        if (o == null) {
            o = WorldMap.load().countries(FRAME);
            outlines = o;
        }
        return o;
    }

    Map<String, Object> model(Kg kg) {
        Map<String, Node> countriesByKey = new HashMap<>();
        for (Node c : kg.subjects(RDF.Nodes.type, SKG.C_COUNTRY)) {
            kg.objects(c, SKG.SEARCH_KEY).forEach(k -> countriesByKey.put(k.getLiteralLexicalForm(), c));
        }
        Set<Node> aes = new HashSet<>(kg.subjects(ORG.memberOf.asNode(), AES));
        List<Shape> shapes = new ArrayList<>();
        for (WorldMap.Country c : outlines()) {
            Node country = countriesByKey.get(Names.fold(c.name()));
            String css = country == null ? "land" : country.equals(ALGERIA) ? "land algeria"
                    : aes.contains(country) ? "land aes" : "land known";
            shapes.add(new Shape(country == null ? c.name() : kg.label(country), c.path(), css,
                    country == null ? null : Site.href(country.getURI())));
        }
        Map<Node, List<Node>> eventsAt = new LinkedHashMap<>();
        for (Node e : kg.subjects(RDF.Nodes.type, SKG.C_EVENT)) {
            List<Node> at = new ArrayList<>(kg.objects(e, SEM.HAS_PLACE));
            at.addAll(kg.objects(e, SKG.NEAR));
            at.forEach(p -> eventsAt.computeIfAbsent(p, k -> new ArrayList<>()).add(e));
        }
        List<Mark> marks = new ArrayList<>();
        List<PlaceRow> rows = new ArrayList<>();
        List<double[]> labelled = new ArrayList<>();
        List<Node> places = new ArrayList<>(kg.subjects(RDF.Nodes.type, SKG.C_SETTLEMENT));
        places.addAll(kg.subjects(RDF.Nodes.type, SKG.C_REGION));
        places.addAll(kg.subjects(RDF.Nodes.type, SKG.C_BORDER));
        places.sort(Comparator.comparing((Node p) -> !kg.isA(p, SKG.C_SETTLEMENT))
                .thenComparing(p -> -eventsAt.getOrDefault(p, List.of()).size()).thenComparing(kg::label));
        for (Node p : places) {
            Optional<Double> lat = kg.literal(p, WGS84.LAT, null).map(Double::parseDouble);
            Optional<Double> lon = kg.literal(p, WGS84.LONG, null).map(Double::parseDouble);
            List<Node> events = eventsAt.getOrDefault(p, List.of());
            String anchor = placeAnchor(p.getURI());
            boolean settlement = kg.isA(p, SKG.C_SETTLEMENT);
            boolean onMap = lat.isPresent() && lon.isPresent() && FRAME.contains(lon.get(), lat.get());
            String accuracy = kg.object(p, GEO.HAS_GEOMETRY).flatMap(g -> kg.literal(g, GEO.HAS_METRIC_SPATIAL_ACCURACY, null))
                    .map(a -> "± " + Values.number(String.valueOf(Double.parseDouble(a) / 1000)) + " km").orElse("");
            rows.add(new PlaceRow(Site.ref(kg, p), anchor, settlement ? "settlement" : kg.isA(p, SKG.C_BORDER) ? "border" : "region",
                    lat.map(String::valueOf).orElse(""), lon.map(String::valueOf).orElse(""), accuracy, onMap,
                    Site.refs(kg, events)));
            if (!onMap) {
                continue;
            }
            double x = FRAME.x(lon.get());
            double y = FRAME.y(lat.get());
            boolean free = labelled.stream().noneMatch(q -> Math.abs(q[0] - x) < 70 && Math.abs(q[1] - y) < 14);
            if (free) {
                labelled.add(new double[] {x, y});
            }
            marks.add(new Mark(Site.ref(kg, p), anchor, WorldMap.fmt(x), WorldMap.fmt(y), WorldMap.fmt(x + 6),
                    WorldMap.fmt(y + 4), free, settlement ? "settlement" : "region", events.size()));
        }
        rows.sort(Comparator.comparing(r -> r.ref().label(), String.CASE_INSENSITIVE_ORDER));
        Map<String, Object> m = new HashMap<>();
        m.put("width", (int) FRAME.width());
        m.put("height", (int) Math.round(FRAME.height()));
        m.put("shapes", shapes);
        m.put("marks", marks);
        m.put("rows", rows);
        m.put("insets", insets(kg));
        return m;
    }

    /** An inset for each event with claims on its territory. */
    private List<Inset> insets(Kg kg) {
        Map<Node, List<Node>> byEvent = new LinkedHashMap<>();
        for (Node claim : kg.subjects(RDF.Nodes.predicate, SKG.TERRITORY)) {
            if (kg.isA(claim, SKG.C_CLAIM)) {
                kg.object(claim, RDF.Nodes.subject).ifPresent(e -> byEvent.computeIfAbsent(e, k -> new ArrayList<>()).add(claim));
            }
        }
        List<Inset> insets = new ArrayList<>();
        byEvent.forEach((event, claims) -> {
            Inset inset = inset(kg, event, claims);
            if (inset != null) {
                insets.add(inset);
            }
        });
        return insets;
    }

    private Inset inset(Kg kg, Node event, List<Node> territoryClaims) {
        List<Node> sides = territoryClaims.stream().flatMap(c -> kg.object(c, RDF.Nodes.object).stream())
                .distinct().sorted(Comparator.comparing((Node c) -> -kg.literal(c, WGS84.LAT, null)
                        .map(Double::parseDouble).orElse(0.0))).toList();
        if (sides.size() != 2) {
            return null;
        }
        Node north = sides.get(0);
        Node south = sides.get(1);
        int width = 640;
        int height = 420;
        int top = 40;
        double up = 4;
        double down = 12;
        double perKm = (height - top - 40) / (up + down);
        java.util.function.DoubleUnaryOperator yOf = km -> top + (up - km) * perKm;
        double border = yOf.applyAsDouble(0);
        List<Tick> ticks = new ArrayList<>();
        for (int km = (int) -down; km <= up; km += 2) {
            ticks.add(new Tick(WorldMap.fmt(yOf.applyAsDouble(km)), km == 0 ? "0" : Math.abs(km) + " km"));
        }
        List<Town> towns = new ArrayList<>();
        Map<Node, Double> townKm = new HashMap<>();
        for (Node place : kg.objects(event, SKG.NEAR)) {
            if (!kg.isA(place, SKG.C_SETTLEMENT)) {
                continue;
            }
            boolean isNorth = kg.has(place, SKG.LOCATED_IN, north);
            boolean isSouth = kg.has(place, SKG.LOCATED_IN, south);
            if (isNorth || isSouth) {
                double km = isNorth ? 0.8 : -0.8;
                townKm.put(place, km);
                towns.add(new Town(Site.ref(kg, place), "96", WorldMap.fmt(yOf.applyAsDouble(km))));
            }
        }
        List<Node> claims = new ArrayList<>(territoryClaims);
        for (Node claim : kg.subjects(RDF.Nodes.subject, event)) {
            if (kg.isA(claim, SKG.C_CLAIM) && kg.has(claim, RDF.Nodes.predicate, SKG.NEAR)) {
                claims.add(claim);
            }
        }
        claims.sort(Comparator.comparing((Node c) -> kg.has(c, RDF.Nodes.object, north) ? 0 : kg.has(c, RDF.Nodes.object, south) ? 1 : 2)
                .thenComparing(c -> distance(kg, c).orElse(99.0)).thenComparing(kg::label));
        List<Marker> markers = new ArrayList<>();
        int n = 0;
        double left = 190;
        double step = claims.size() > 1 ? (width - 40 - left) / (claims.size() - 1) : 0;
        for (Node claim : claims) {
            Node object = kg.object(claim, RDF.Nodes.object).orElse(null);
            String x = WorldMap.fmt(left + step * n);
            List<Ref> claimants = Site.refs(kg, kg.objects(claim, SEM.ACCORDING_TO));
            List<Ref> sources = kg.objects(claim, PROV.WAS_DERIVED_FROM).stream()
                    .map(s -> new Ref(kg.literal(s, DCTerms.identifier.asNode(), null).map(id -> "source " + id)
                            .orElse(kg.label(s)), Site.href(s.getURI()), s.getURI(), false, false))
                    .sorted(Comparator.comparing(Ref::label)).toList();
            n++;
            if (kg.has(claim, RDF.Nodes.predicate, SKG.NEAR)) {
                double km = object == null ? 0 : townKm.getOrDefault(object, 0.0);
                markers.add(new Marker(n, Site.ref(kg, claim), claimants, "near " + (object == null ? "?" : kg.label(object)),
                        sources, km > 0 ? "north" : "south", x, WorldMap.fmt(yOf.applyAsDouble(km)), null, null, false));
                continue;
            }
            boolean isNorth = north.equals(object);
            double sign = isNorth ? 1 : -1;
            Optional<Node> quantity = kg.object(claim, SKG.DISTANCE_FROM_BORDER);
            String side = isNorth ? "north" : "south";
            String where = "inside " + (object == null ? "?" : kg.label(object));
            if (quantity.isEmpty()) {
                double edge = isNorth ? up : -down;
                markers.add(new Marker(n, Site.ref(kg, claim), claimants, where + ", no distance given", sources, side, x,
                        WorldMap.fmt(yOf.applyAsDouble(edge / 2)), WorldMap.fmt(yOf.applyAsDouble(sign * 0.3)),
                        WorldMap.fmt(yOf.applyAsDouble(edge)), true));
                continue;
            }
            double km = kg.literal(quantity.get(), SCHEMA.VALUE, null).map(Double::parseDouble).orElse(0.0);
            String comparator = kg.object(quantity.get(), SKG.COMPARATOR).map(Node::getLocalName).orElse("Exactly");
            String extent = switch (comparator) {
                case "MoreThan", "AtLeast" -> WorldMap.fmt(yOf.applyAsDouble(sign * (isNorth ? up : down)));
                case "Nearly", "LessThan", "AtMost" -> WorldMap.fmt(yOf.applyAsDouble(sign * Math.max(0, km - 1)));
                default -> null;
            };
            String y = WorldMap.fmt(yOf.applyAsDouble(sign * km));
            markers.add(new Marker(n, Site.ref(kg, claim), claimants, Values.quantity(kg, quantity.get()) + " " + where,
                    sources, side, x, y, extent == null ? null : y, extent, false));
        }
        String id = Iris.idOf(event.getURI());
        return new Inset(Site.ref(kg, event), "inset-" + (id == null ? "event" : id.replace('/', '-')), width, height,
                WorldMap.fmt(border), Site.ref(kg, north), Site.ref(kg, south), ticks, towns, markers);
    }

    private static Optional<Double> distance(Kg kg, Node claim) {
        return kg.object(claim, SKG.DISTANCE_FROM_BORDER).flatMap(q -> kg.literal(q, SCHEMA.VALUE, null))
                .map(Double::parseDouble);
    }
}
