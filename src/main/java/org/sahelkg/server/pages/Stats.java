package org.sahelkg.server.pages;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.sahelkg.iri.Graphs;
import org.sahelkg.iri.Iris;

/**
 * The figures of the graph, counted once (the store does not change while served): triples per named
 * graph and in their union, distinct subjects and objects, resources per kind, entities per class and
 * triples per property. The home page and the VoID description show them.
 */
public final class Stats {
    private final DatasetGraph dataset;
    private volatile Figures figures;

    /** What was counted. Maps are sorted by key. */
    public record Figures(long triples, long distinctSubjects, long distinctObjects,
                          Map<Node, Long> triplesPerGraph, Map<String, Long> resourcesPerKind,
                          Map<Node, Long> entitiesPerClass, Map<Node, Long> triplesPerProperty) {
    }

    Stats(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    public Figures figures() {
        Figures f = figures;
        if (f == null) {
            synchronized (this) {
                f = figures;
                if (f == null) {
                    f = dataset.isInTransaction() ? count() : Txn.calculateRead(dataset, this::count);
                    figures = f;
                }
            }
        }
        return f;
    }

    private Figures count() {
        Map<Node, Long> perGraph = new LinkedHashMap<>();
        for (Node g : Graphs.ALL) {
            perGraph.put(g, (long) dataset.getGraph(g).size());
        }
        Set<Triple> union = new HashSet<>();
        Set<Node> subjects = new HashSet<>();
        Set<Node> objects = new HashSet<>();
        Map<Node, Set<Node>> classes = new HashMap<>();
        Map<Node, Long> properties = new HashMap<>();
        dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            Triple t = q.asTriple();
            if (!union.add(t)) {
                return;
            }
            subjects.add(t.getSubject());
            objects.add(t.getObject());
            properties.merge(t.getPredicate(), 1L, Long::sum);
            if (t.getPredicate().equals(RDF.Nodes.type)) {
                classes.computeIfAbsent(t.getObject(), c -> new HashSet<>()).add(t.getSubject());
            }
        });
        Map<String, Long> perKind = new TreeMap<>();
        for (Node s : subjects) {
            if (s.isURI() && s.getURI().startsWith(Iris.ID) && s.getURI().indexOf('#') < 0) {
                String rest = s.getURI().substring(Iris.ID.length());
                int slash = rest.indexOf('/');
                if (slash > 0) {
                    perKind.merge(rest.substring(0, slash), 1L, Long::sum);
                }
            }
        }
        Map<Node, Long> perClass = new TreeMap<>(java.util.Comparator.comparing(Node::toString));
        classes.forEach((c, members) -> perClass.put(c, (long) members.size()));
        Map<Node, Long> perProperty = new TreeMap<>(java.util.Comparator.comparing(Node::toString));
        perProperty.putAll(properties);
        return new Figures(union.size(), subjects.size(), objects.size(), perGraph, perKind, perClass, perProperty);
    }
}
