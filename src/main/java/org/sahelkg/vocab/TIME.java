package org.sahelkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** OWL-Time terms the graph uses: ours, as Jena 6.2.0 has no OWL-Time vocabulary class. */
public final class TIME {
    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/2006/time#";

    public static final Node C_TEMPORAL_ENTITY = NodeFactory.createURI(NS + "TemporalEntity");
    public static final Node C_INSTANT = NodeFactory.createURI(NS + "Instant");
    public static final Node C_PROPER_INTERVAL = NodeFactory.createURI(NS + "ProperInterval");
    public static final Node HAS_BEGINNING = NodeFactory.createURI(NS + "hasBeginning");
    public static final Node HAS_END = NodeFactory.createURI(NS + "hasEnd");
    public static final Node IN_XSDDATE = NodeFactory.createURI(NS + "inXSDDate");
    public static final Node IN_XSDG_YEAR_MONTH = NodeFactory.createURI(NS + "inXSDgYearMonth");
    public static final Node IN_XSDG_YEAR = NodeFactory.createURI(NS + "inXSDgYear");
    public static final Node UNIT_DAY = NodeFactory.createURI(NS + "unitDay");
    public static final Node UNIT_MONTH = NodeFactory.createURI(NS + "unitMonth");
    public static final Node UNIT_YEAR = NodeFactory.createURI(NS + "unitYear");
    public static final Node C_TEMPORAL_UNIT = NodeFactory.createURI(NS + "TemporalUnit");

    private TIME() {
    }
}
