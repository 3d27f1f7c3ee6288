package org.sahelkg.load.map;

import java.util.Collection;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * Where a mapper writes: the triples of one named graph, added to a shared set so that a node two records
 * share (a quote) is stated once, and nothing reaches the caller's sink before everything is mapped.
 */
public final class Out {
    private final Node graph;
    private final Collection<Quad> quads;

    public Out(Node graph, Collection<Quad> quads) {
        this.graph = graph;
        this.quads = quads;
    }

    public void add(Node s, Node p, Node o) {
        quads.add(Quad.create(graph, s, p, o));
    }

    /** Adds one triple per object. */
    public void addEach(Node s, Node p, Collection<Node> objects) {
        objects.forEach(o -> add(s, p, o));
    }

    /** Adds the triple when there is an object: optional fields map to nothing. */
    public void addIf(Node s, Node p, Node o) {
        if (o != null) {
            add(s, p, o);
        }
    }
}
