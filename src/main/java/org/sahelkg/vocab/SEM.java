package org.sahelkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Simple Event Model (SEM) terms the graph uses: ours, as Jena has no SEM vocabulary class. */
public final class SEM {
    /** The namespace IRI. */
    public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";

    public static final Node C_EVENT = NodeFactory.createURI(NS + "Event");
    public static final Node C_ACTOR = NodeFactory.createURI(NS + "Actor");
    public static final Node C_PLACE = NodeFactory.createURI(NS + "Place");
    public static final Node C_EVENT_TYPE = NodeFactory.createURI(NS + "EventType");
    public static final Node C_VIEW = NodeFactory.createURI(NS + "View");
    public static final Node C_AUTHORITY = NodeFactory.createURI(NS + "Authority");
    public static final Node HAS_ACTOR = NodeFactory.createURI(NS + "hasActor");
    public static final Node HAS_PLACE = NodeFactory.createURI(NS + "hasPlace");
    public static final Node HAS_TIME = NodeFactory.createURI(NS + "hasTime");
    public static final Node EVENT_TYPE = NodeFactory.createURI(NS + "eventType");
    public static final Node SUB_EVENT_OF = NodeFactory.createURI(NS + "subEventOf");
    public static final Node ACCORDING_TO = NodeFactory.createURI(NS + "accordingTo");
    public static final Node HAS_EARLIEST_BEGIN_TIME_STAMP = NodeFactory.createURI(NS + "hasEarliestBeginTimeStamp");
    public static final Node HAS_LATEST_END_TIME_STAMP = NodeFactory.createURI(NS + "hasLatestEndTimeStamp");

    private SEM() {
    }
}
