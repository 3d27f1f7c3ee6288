package org.sahelkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * schema.org terms the graph uses: ours, as Jena's {@code SchemaDO} is in {@code https://schema.org/} and the
 * graph uses {@code http://schema.org/}.
 */
public final class SCHEMA {
    /** The namespace IRI. */
    public static final String NS = "http://schema.org/";

    public static final Node C_QUANTITATIVE_VALUE = NodeFactory.createURI(NS + "QuantitativeValue");
    public static final Node VALUE = NodeFactory.createURI(NS + "value");
    public static final Node UNIT_CODE = NodeFactory.createURI(NS + "unitCode");
    public static final Node UNIT_TEXT = NodeFactory.createURI(NS + "unitText");
    public static final Node DESCRIPTION = NodeFactory.createURI(NS + "description");
    public static final Node CREDIT_TEXT = NodeFactory.createURI(NS + "creditText");

    private SCHEMA() {
    }
}
