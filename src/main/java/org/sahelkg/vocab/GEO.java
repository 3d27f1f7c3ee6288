package org.sahelkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * GeoSPARQL terms the graph uses: ours, as Jena keeps GeoSPARQL in jena-geosparql, which the product does not
 * depend on.
 */
public final class GEO {
    /** The namespace IRI. */
    public static final String NS = "http://www.opengis.net/ont/geosparql#";

    public static final Node C_FEATURE = NodeFactory.createURI(NS + "Feature");
    public static final Node C_GEOMETRY = NodeFactory.createURI(NS + "Geometry");
    public static final Node HAS_GEOMETRY = NodeFactory.createURI(NS + "hasGeometry");
    public static final Node AS_WKT = NodeFactory.createURI(NS + "asWKT");
    public static final Node WKT_LITERAL = NodeFactory.createURI(NS + "wktLiteral");
    public static final Node HAS_METRIC_SPATIAL_ACCURACY = NodeFactory.createURI(NS + "hasMetricSpatialAccuracy");
    public static final Node SF_WITHIN = NodeFactory.createURI(NS + "sfWithin");

    private GEO() {
    }
}
