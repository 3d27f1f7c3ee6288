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
import org.apache.jena.vocabulary.RDFS;
import org.sahelkg.iri.Iris;
import org.sahelkg.vocab.OA;
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
    public static final PrefixMap PREFIXES = PrefixMapFactory.create(java.util.Map.ofEntries(
            java.util.Map.entry("kg", Iris.ID),
            java.util.Map.entry("skg", Iris.ONTOLOGY),
            java.util.Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            java.util.Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            java.util.Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            java.util.Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            java.util.Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            java.util.Map.entry("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/"),
            java.util.Map.entry("prov", "http://www.w3.org/ns/prov#"),
            java.util.Map.entry("org", "http://www.w3.org/ns/org#"),
            java.util.Map.entry("time", "http://www.w3.org/2006/time#"),
            java.util.Map.entry("geo", "http://www.opengis.net/ont/geosparql#"),
            java.util.Map.entry("wgs", "http://www.w3.org/2003/01/geo/wgs84_pos#"),
            java.util.Map.entry("schema", "http://schema.org/"),
            java.util.Map.entry("oa", "http://www.w3.org/ns/oa#"),
            java.util.Map.entry("dcterms", "http://purl.org/dc/terms/"),
            java.util.Map.entry("spdx", "http://spdx.org/rdf/terms#"),
            java.util.Map.entry("foaf", "http://xmlns.com/foaf/0.1/"),
            java.util.Map.entry("vann", "http://purl.org/vocab/vann/"),
            java.util.Map.entry("void", "http://rdfs.org/ns/void#"),
            java.util.Map.entry("dcat", "http://www.w3.org/ns/dcat#")));

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
        String prefix = resource.getURI() + "#";
        if (resource.equals(ONTOLOGY)) {
            kg.dataset().getGraph(Kg.G_ONTOLOGY).find().forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(prefix)) {
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
                if (o.isURI() && o.getURI().startsWith(prefix) && !own.contains(o)) {
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
            if (t.getPredicate().equals(OA.HAS_SELECTOR)) {
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
