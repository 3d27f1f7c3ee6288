package org.sahelkg.server.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDFS;
import org.sahelkg.iri.Graphs;
import org.sahelkg.iri.Iris;
import org.sahelkg.vocab.Prefixes;
import org.sahelkg.vocab.SKG;

/**
 * The RDF description of one resource, as its document serves it: every triple with the resource as
 * subject, and those of its own hash nodes ({@code <R>#time}, {@code <R>#qualifier-1} …), recursively;
 * every triple with it or one of its hash nodes as object; the selectors of the evidence quotes it cites;
 * and the {@code rdfs:label}s of every resource mentioned, so that a client can show the links by name.
 * From the union of the four named graphs: an inferred statement can be told apart on the HTML page, and
 * with {@code GRAPH} on the endpoint.
 */
public final class Describer {
    /** The prefixes of the documents. */
    public static final PrefixMap PREFIXES = PrefixMapFactory.create(Prefixes.ALL);

    private static final Node ONTOLOGY = NodeFactory.createURI(Iris.ONTOLOGY_DOCUMENT);

    private Describer() {
    }

    /** What the resource's document says: see the class comment. */
    public static Graph describe(Kg kg, Node resource) {
        Graph out = GraphFactory.createDefaultGraph();
        Set<Node> own = ownNodes(kg, resource);
        Set<Node> mentioned = new LinkedHashSet<>();
        for (Node n : own) {
            for (Triple t : kg.outgoing(n)) {
                add(out, t, mentioned);
                if (t.getPredicate().equals(SKG.EVIDENCE) && t.getObject().isURI()) {
                    quote(kg, t.getObject(), out, mentioned);
                }
            }
            for (Triple t : kg.incoming(n)) {
                add(out, t, mentioned);
            }
        }
        for (Node n : mentioned) {
            if (n.isURI() && !own.contains(n)) {
                kg.union().find(n, RDFS.Nodes.label, Node.ANY).forEachRemaining(out::add);
            }
        }
        return out;
    }

    /**
     * The resource and its hash nodes reachable from it, recursively; for the ontology, every term
     * ({@code …/ontology#Term}) it declares.
     */
    public static Set<Node> ownNodes(Kg kg, Node resource) {
        Set<Node> own = new LinkedHashSet<>();
        Deque<Node> queue = new ArrayDeque<>(List.of(resource));
        String iri = resource.getURI();
        if (resource.equals(ONTOLOGY)) {
            kg.dataset().getGraph(Graphs.ONTOLOGY).find().forEachRemaining(t -> {
                if (t.getSubject().isURI() && Iris.isPartOf(t.getSubject().getURI(), iri)) {
                    queue.add(t.getSubject());
                }
            });
        }
        while (!queue.isEmpty()) {
            Node n = queue.poll();
            if (!own.add(n)) {
                continue;
            }
            kg.union().find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                if (o.isURI() && Iris.isPartOf(o.getURI(), iri) && !own.contains(o)) {
                    queue.add(o);
                }
            });
        }
        return own;
    }

    /** A cited quote: its own triples and those of its selectors. */
    private static void quote(Kg kg, Node quote, Graph out, Set<Node> mentioned) {
        for (Triple t : kg.outgoing(quote)) {
            add(out, t, mentioned);
            if (t.getPredicate().equals(OA.hasSelector.asNode())) {
                kg.outgoing(t.getObject()).forEach(s -> add(out, s, mentioned));
            }
        }
    }

    private static void add(Graph out, Triple t, Set<Node> mentioned) {
        out.add(t);
        mentioned.add(t.getSubject());
        mentioned.add(t.getPredicate());
        mentioned.add(t.getObject());
    }
}
