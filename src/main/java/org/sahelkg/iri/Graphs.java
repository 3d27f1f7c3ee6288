package org.sahelkg.iri;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The named graphs of the knowledge graph and the one way their union is built, so that the loader, the
 * rules, the validator, the exports and the pages all read the same graph: whatever the store, the union is
 * Jena's union of the dataset's named graphs (in TDB2 one index scan, not one per graph).
 */
public final class Graphs {
    /** What {@code ontology/*.ttl} says. */
    public static final Node ONTOLOGY = NodeFactory.createURI(Iris.GRAPH_ONTOLOGY);
    /** What {@code data/} asserts. */
    public static final Node DATA = NodeFactory.createURI(Iris.GRAPH_DATA);
    /** The source records of {@code seeds/}. */
    public static final Node SOURCES = NodeFactory.createURI(Iris.GRAPH_SOURCES);
    /** What the rules infer. */
    public static final Node INFERRED = NodeFactory.createURI(Iris.GRAPH_INFERRED);
    /** The full source texts, while validating only. */
    public static final Node TEXTS = NodeFactory.createURI(Iris.GRAPH_TEXTS);
    /** The graphs holding what is asserted (curated or recorded), as opposed to inferred. */
    public static final List<Node> ASSERTED = List.of(DATA, SOURCES, ONTOLOGY);
    /** Every stored named graph, in the order the pages list them. */
    public static final List<Node> ALL = List.of(DATA, SOURCES, ONTOLOGY, INFERRED);

    private Graphs() {
    }

    /** The short name of one of the graph's named graphs: {@code data} for {@code <BASE>graph/data}. */
    public static String name(Node graph) {
        String iri = graph.getURI();
        if (!iri.startsWith(Iris.GRAPH)) {
            throw new IllegalArgumentException("Not one of the graph's named graphs: " + iri);
        }
        return iri.substring(Iris.GRAPH.length());
    }

    /** The union of the named graphs of {@code dataset}, read-only, without duplicates. */
    public static Graph union(DatasetGraph dataset) {
        return dataset.getUnionGraph();
    }

    /**
     * A dataset whose default graph is the union of the named graphs of {@code dataset} (what rules and checks
     * read) and whose named graphs are those of {@code dataset} (where the inferred graph is written).
     */
    public static DatasetGraph unionView(DatasetGraph dataset) {
        DatasetGraph view = DatasetGraphFactory.create(union(dataset));
        ALL.forEach(g -> view.addGraph(g, dataset.getGraph(g)));
        return view;
    }
}
