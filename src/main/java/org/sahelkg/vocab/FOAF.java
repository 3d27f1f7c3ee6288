package org.sahelkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** FOAF terms the graph uses. */
public final class FOAF {
    /** The namespace IRI. */
    public static final String NS = "http://xmlns.com/foaf/0.1/";

    public static final Node C_AGENT = NodeFactory.createURI(NS + "Agent");
    public static final Node C_PERSON = NodeFactory.createURI(NS + "Person");
    public static final Node C_GROUP = NodeFactory.createURI(NS + "Group");

    private FOAF() {
    }
}
