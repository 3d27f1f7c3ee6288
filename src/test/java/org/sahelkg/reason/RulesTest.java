package org.sahelkg.reason;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelkg.iri.Iris;
import org.sahelkg.load.Project;
import org.sahelkg.vocab.SKG;

/**
 * Each rule of {@code ontology/rules/} on its own fixture ({@code src/test/resources/rules/<rule>/}):
 * {@code input.trig} must infer exactly {@code expected-inferred.ttl}, and {@code negative.trig}, cases the rule
 * must not fire on, must infer nothing. IRIs the rules mint by hashing (statements, derivations, states, steps,
 * disagreements, inferred claims) are compared as blank nodes, so expected files stay readable; the rule's own
 * description is left out of the comparison.
 */
class RulesTest {
    static final Path FIXTURES = Path.of("src/test/resources/rules");
    static final Project PROJECT = Project.at(Path.of(System.getProperty("sahelkg.home", ".")));

    static List<RuleFile> rules() {
        return RuleFile.readAll(PROJECT.rules(), "ontology/rules");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void infersExactlyTheExpectedStatements(RuleFile rule) throws IOException {
        Path dir = FIXTURES.resolve(rule.name());
        assertTrue(Files.isDirectory(dir), "every rule needs fixtures in " + dir);
        Graph actual = inferred(rule, dir.resolve("input.trig"));
        Graph expected = RDFDataMgr.loadGraph(dir.resolve("expected-inferred.ttl").toString());
        assertTrue(expected.size() > 0, "the expected inferences of " + rule.name() + " are empty");
        if (!actual.isIsomorphicWith(expected)) {
            fail(rule.name() + ": inferred statements differ from expected-inferred.ttl\n"
                    + difference(expected, actual));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void doesNotFireOnItsNegativeCases(RuleFile rule) throws IOException {
        Path negative = FIXTURES.resolve(rule.name()).resolve("negative.trig");
        assertTrue(Files.exists(negative), "every rule needs cases it must not fire on: " + negative);
        Graph actual = inferred(rule, negative);
        if (actual.size() > 0) {
            fail(rule.name() + " fired on negative.trig:\n" + turtle(actual));
        }
    }

    /** Runs one rule on a fixture and returns what it inferred, minted IRIs turned into blank nodes. */
    static Graph inferred(RuleFile rule, Path fixture) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset, fixture.toString()));
        Graph dataBefore = copy(dataset, Iris.GRAPH_DATA);
        Reasoner.run(List.of(rule), dataset);
        Graph dataAfter = copy(dataset, Iris.GRAPH_DATA);
        assertTrue(dataBefore.isIsomorphicWith(dataAfter), rule.name() + " changed the asserted data graph");
        return Txn.calculateRead(dataset, () -> normalised(dataset.getGraph(NodeFactory.createURI(Iris.GRAPH_INFERRED))));
    }

    private static Graph normalised(Graph inferred) {
        Map<Node, Node> blank = new HashMap<>();
        Graph out = GraphFactory.createDefaultGraph();
        inferred.find().forEachRemaining(t -> {
            if (inferred.contains(t.getSubject(), RDF.Nodes.type, SKG.C_RULE)) {
                return;
            }
            out.add(Triple.create(minted(t.getSubject(), blank), t.getPredicate(), minted(t.getObject(), blank)));
        });
        return out;
    }

    private static Node minted(Node node, Map<Node, Node> blank) {
        if (!node.isURI()) {
            return node;
        }
        String id = Iris.idOf(node.getURI());
        boolean hashed = id != null && (Stream.of("statement/", "derivation/", "state/", "step/", "disagreement/",
                "claim/inferred-").anyMatch(id::startsWith));
        return hashed ? blank.computeIfAbsent(node, n -> NodeFactory.createBlankNode()) : node;
    }

    private static Graph copy(DatasetGraph dataset, String graph) {
        return Txn.calculateRead(dataset, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            dataset.getGraph(NodeFactory.createURI(graph)).find().forEachRemaining(g::add);
            return g;
        });
    }

    private static String difference(Graph expected, Graph actual) {
        return "--- expected:\n" + turtle(expected) + "--- inferred:\n" + turtle(actual);
    }

    private static String turtle(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        g.getPrefixMapping().setNsPrefix("skg", SKG.NS).setNsPrefix("id", Iris.ID);
        RDFDataMgr.write(out, g, Lang.TURTLE);
        return out.toString(StandardCharsets.UTF_8);
    }
}
