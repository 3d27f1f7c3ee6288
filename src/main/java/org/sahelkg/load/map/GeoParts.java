package org.sahelkg.load.map;

import java.math.BigDecimal;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.sahelkg.model.CoordinatesRecord;
import org.sahelkg.vocab.GEO;
import org.sahelkg.vocab.SKG;
import org.sahelkg.vocab.WGS84;

/** A place's point, both as GeoSPARQL WKT (for spatial tools) and as WGS84 lat/long (for plain SPARQL). */
final class GeoParts {
    private static final BigDecimal METRES_PER_KM = BigDecimal.valueOf(1000);

    private GeoParts() {
    }

    static void coordinates(Out out, Node r, CoordinatesRecord c) {
        if (c == null) {
            return;
        }
        Node g = Nodes.part(r, "geometry");
        out.add(r, GEO.HAS_GEOMETRY, g);
        out.add(g, RDF.Nodes.type, GEO.C_GEOMETRY);
        out.add(g, GEO.AS_WKT, Nodes.typed("POINT(" + c.lon().toPlainString() + " " + c.lat().toPlainString() + ")",
                GEO.WKT_LITERAL.getURI()));
        out.add(g, GEO.HAS_METRIC_SPATIAL_ACCURACY, Nodes.doubleValue(c.accuracyKm().multiply(METRES_PER_KM)));
        out.add(r, WGS84.LAT, Nodes.decimal(c.lat()));
        out.add(r, WGS84.LONG, Nodes.decimal(c.lon()));
        out.add(r, SKG.COORDINATE_BASIS, Nodes.string(c.basis()));
    }
}
