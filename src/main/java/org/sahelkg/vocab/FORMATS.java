package org.sahelkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * W3C's unique URIs for RDF serialisations, which the dataset description gives as {@code void:feature}: ours,
 * as Jena has no class for them. They name formats, not ontology terms, so {@code ontology/} does not declare them.
 */
public final class FORMATS {
    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/ns/formats/";

    public static final Node TURTLE = NodeFactory.createURI(NS + "Turtle");
    public static final Node JSON_LD = NodeFactory.createURI(NS + "JSON-LD");
    public static final Node N_TRIPLES = NodeFactory.createURI(NS + "N-Triples");
    public static final Node RDF_XML = NodeFactory.createURI(NS + "RDF_XML");

    private FORMATS() {
    }
}
