package org.sahelkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelkg.iri.Iris;
import org.sahelkg.vocab.SKG;

/**
 * The golden fixture (every record kind, every date form) builds exactly the graphs of its expected.trig,
 * compared by isomorphism and printed as Turtle where they differ.
 */
class GoldenTest {
    private static final List<String> GRAPHS = List.of(Iris.GRAPH_ONTOLOGY, Iris.GRAPH_SOURCES, Iris.GRAPH_DATA,
            Iris.GRAPH_INFERRED);

    private static DatasetGraph actual;

    @BeforeAll
    static void build() {
        actual = GraphBuilder.build(Fixtures.project(Fixtures.golden()));
    }

    @Test
    void eachGraphIsIsomorphicToExpected() {
        DatasetGraph expected = RDFParser.source(Fixtures.golden().resolve("expected.trig")).toDatasetGraph();
        List<String> differences = new ArrayList<>();
        Txn.executeRead(actual, () -> {
            for (String name : GRAPHS) {
                Node g = NodeFactory.createURI(name);
                Graph want = expected.getGraph(g);
                Graph got = actual.getGraph(g);
                if (!IsoMatcher.isomorphic(want, got)) {
                    differences.add("graph <" + name + ">\n  expected but missing:\n"
                            + turtle(minus(want, got), expected) + "\n  produced but not expected:\n"
                            + turtle(minus(got, want), expected));
                }
            }
        });
        assertTrue(differences.isEmpty(), () -> String.join("\n", differences));
    }

    @Test
    void inferredGraphIsEmpty() {
        Node inferred = NodeFactory.createURI(Iris.GRAPH_INFERRED);
        Txn.executeRead(actual, () -> assertTrue(actual.getGraph(inferred).isEmpty()));
    }

    @Test
    void dataAndSourcesHaveNoBlankNodes() {
        Txn.executeRead(actual, () -> {
            for (String name : List.of(Iris.GRAPH_DATA, Iris.GRAPH_SOURCES)) {
                Graph g = actual.getGraph(NodeFactory.createURI(name));
                assertFalse(g.isEmpty(), name);
                assertTrue(g.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).toList()
                        .isEmpty(), name);
            }
        });
    }

    @Test
    void claimedTripleIsNeverAsserted() {
        Node drone = NodeFactory.createURI(Iris.of("thing/drone"));
        Node territory = NodeFactory.createURI(SKG.NS + "territory");
        Txn.executeRead(actual, () -> {
            assertTrue(actual.contains(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.predicate, territory));
            assertFalse(actual.contains(Node.ANY, drone, territory, Node.ANY));
        });
    }

    @Test
    void shapesAndRulesAreNotPartOfTheOntologyGraph() {
        Txn.executeRead(actual, () -> {
            assertFalse(actual.contains(Node.ANY, NodeFactory.createURI("http://example.org/shapeThatMustNotBeLoaded"),
                    Node.ANY, Node.ANY));
            assertFalse(actual.contains(Node.ANY, NodeFactory.createURI("http://example.org/ruleThatMustNotBeLoaded"),
                    Node.ANY, Node.ANY));
        });
    }

    @Test
    void sameInputGivesSameQuadsBlankNodesIncluded() {
        assertEquals(nquads(Fixtures.project(Fixtures.golden())), nquads(Fixtures.project(Fixtures.golden())));
    }

    @Test
    void nothingIsEmittedWhenThereIsAProblem(@TempDir Path tmp) throws Exception {
        Path home = Fixtures.overlay(null, tmp);
        Files.writeString(home.resolve("data/zz-bad.json"), "{\"people\": [{\"id\": \"person/x\"}]}");
        AtomicInteger calls = new AtomicInteger();
        StreamRDF counting = new StreamRDF() {
            @Override
            public void start() {
                calls.incrementAndGet();
            }

            @Override
            public void triple(Triple triple) {
                calls.incrementAndGet();
            }

            @Override
            public void quad(Quad quad) {
                calls.incrementAndGet();
            }

            @Override
            public void base(String base) {
                calls.incrementAndGet();
            }

            @Override
            public void version(String version) {
                calls.incrementAndGet();
            }

            @Override
            public void prefix(String prefix, String iri) {
                calls.incrementAndGet();
            }

            @Override
            public void finish() {
                calls.incrementAndGet();
            }
        };
        LoadException e = assertThrows(LoadException.class, () -> GraphBuilder.build(Fixtures.project(home), counting));
        assertEquals("data/zz-bad.json:1:13: /people/0: missing required field \"label\"", e.getMessage());
        assertEquals(0, calls.get());
    }

    private static List<String> nquads(Project project) {
        DatasetGraph dsg = GraphBuilder.build(project);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(dsg, () -> RDFDataMgr.write(out, dsg, Lang.NQUADS));
        List<String> lines = new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
        lines.sort(null);
        return lines;
    }

    private static Graph minus(Graph a, Graph b) {
        Graph diff = GraphFactory.createDefaultGraph();
        a.find().forEachRemaining(t -> {
            if (!b.contains(t)) {
                diff.add(t);
            }
        });
        return diff;
    }

    private static String turtle(Graph g, DatasetGraph prefixes) {
        g.getPrefixMapping().setNsPrefixes(prefixes.prefixes().getMapping());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, Lang.TURTLE);
        return out.toString(StandardCharsets.UTF_8);
    }
}
