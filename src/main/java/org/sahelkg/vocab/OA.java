package org.sahelkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** W3C Web Annotation terms the graph uses. */
public final class OA {
    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/ns/oa#";

    public static final Node C_SPECIFIC_RESOURCE = NodeFactory.createURI(NS + "SpecificResource");
    public static final Node C_TEXT_QUOTE_SELECTOR = NodeFactory.createURI(NS + "TextQuoteSelector");
    public static final Node C_TEXT_POSITION_SELECTOR = NodeFactory.createURI(NS + "TextPositionSelector");
    public static final Node HAS_SOURCE = NodeFactory.createURI(NS + "hasSource");
    public static final Node HAS_SELECTOR = NodeFactory.createURI(NS + "hasSelector");
    public static final Node EXACT = NodeFactory.createURI(NS + "exact");
    public static final Node START = NodeFactory.createURI(NS + "start");
    public static final Node END = NodeFactory.createURI(NS + "end");

    private OA() {
    }
}
