package org.sahelkg.server.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.sahelkg.sparql.Deadline;

/** A graph whose every lookup first checks the request's {@link Deadline}: a page stops when its time is up. */
final class DeadlineGraph extends WrappedGraph {
    private final Deadline deadline;

    DeadlineGraph(Graph base, Deadline deadline) {
        super(base);
        this.deadline = deadline;
    }

    @Override
    public ExtendedIterator<Triple> find(Triple t) {
        deadline.check();
        return super.find(t);
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        deadline.check();
        return super.find(s, p, o);
    }

    @Override
    public boolean contains(Node s, Node p, Node o) {
        deadline.check();
        return super.contains(s, p, o);
    }

    @Override
    public boolean contains(Triple t) {
        deadline.check();
        return super.contains(t);
    }
}
