package org.sahelkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** PROV-O terms the graph uses: ours, as Jena 6.2.0 has no PROV vocabulary class. */
public final class PROV {
    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Node C_ENTITY = NodeFactory.createURI(NS + "Entity");
    public static final Node C_AGENT = NodeFactory.createURI(NS + "Agent");
    public static final Node WAS_DERIVED_FROM = NodeFactory.createURI(NS + "wasDerivedFrom");
    public static final Node WAS_QUOTED_FROM = NodeFactory.createURI(NS + "wasQuotedFrom");
    public static final Node WAS_ATTRIBUTED_TO = NodeFactory.createURI(NS + "wasAttributedTo");
    public static final Node WAS_GENERATED_BY = NodeFactory.createURI(NS + "wasGeneratedBy");

    private PROV() {
    }
}
