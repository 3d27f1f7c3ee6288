package org.sahelkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** W3C WGS84 Basic Geo terms the graph uses: ours, as Jena 6.2.0 has no WGS84 vocabulary class. */
public final class WGS84 {
    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/2003/01/geo/wgs84_pos#";

    public static final Node LAT = NodeFactory.createURI(NS + "lat");
    public static final Node LONG = NodeFactory.createURI(NS + "long");

    private WGS84() {
    }
}
