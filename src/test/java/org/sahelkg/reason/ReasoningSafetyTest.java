package org.sahelkg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahelkg.iri.Iris;
import org.sahelkg.load.GraphBuilder;
import org.sahelkg.load.Project;
import org.sahelkg.vocab.SKG;

/**
 * No rule turns a claim into a fact, and no rule writes outside the inferred graph, on the real data: where the
 * drone was stays the claim of each claimant, as do who downed it and the hostility the AES declared.
 */
class ReasoningSafetyTest {
    static final Node DOWNING = uri(Iris.of("event/drone-downing-2025-04-01"));
    static DatasetGraph dataset;
    static Graph dataBefore;

    @BeforeAll
    static void reason() {
        dataset = GraphBuilder.build(Project.at(Path.of(System.getProperty("sahelkg.home", "."))));
        dataBefore = copy(Iris.GRAPH_DATA);
        Reasoner.materialize(Project.at(Path.of(System.getProperty("sahelkg.home", "."))), dataset);
    }

    @Test
    void theDroneInAlgerianAirspaceIsStillOnlyAlgeriasClaim() {
        assertNotAssertedAnywhere(DOWNING, SKG.NS + "territory", Iris.of("country/algeria"));
        assertEquals(Set.of(Iris.of("org/algeria-ministry-of-defence"), Iris.of("country/algeria")),
                claimants("drone-in-algeria-more-than-2km"));
    }

    @Test
    void theWreckageInsideMaliIsStillOnlyMalisClaim() {
        assertNotAssertedAnywhere(DOWNING, SKG.NS + "territory", Iris.of("country/mali"));
        assertEquals(Set.of(Iris.of("country/mali")), claimants("wreckage-in-mali-9-5km"));
        assertEquals(Set.of(Iris.of("org/mali-government")), claimants("wreckage-in-mali-nearly-10km"));
    }

    @Test
    void whoDownedTheDroneAndTheHostilityStayClaims() {
        for (String agent : List.of("org/algerian-army", "org/fla", "country/algeria")) {
            assertNotAssertedAnywhere(DOWNING, SKG.NS + "agent", Iris.of(agent));
        }
        for (String state : List.of("org/aes", "country/mali", "country/niger", "country/burkina-faso")) {
            assertNotAssertedAnywhere(DOWNING, SKG.NS + "hostileTo", Iris.of(state));
        }
        String inferredClaimsWithoutClaimant = """
                PREFIX skg: <https://w3id.org/sahel-kg/ontology#>
                PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
                ASK { GRAPH <https://w3id.org/sahel-kg/graph/inferred> { ?c a skg:Claim FILTER NOT EXISTS { ?c sem:accordingTo ?who } } }""";
        assertFalse(ask(inferredClaimsWithoutClaimant), "an inferred claim lost its claimant");
        String inferredHostileClaims = """
                PREFIX skg: <https://w3id.org/sahel-kg/ontology#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                ASK { GRAPH <https://w3id.org/sahel-kg/graph/inferred> {
                  ?c a skg:Claim ; rdf:predicate skg:hostileTo ; rdf:object <https://w3id.org/sahel-kg/id/country/niger> } }""";
        assertTrue(ask(inferredHostileClaims), "the AES stance towards Niger is derived, as a claim");
    }

    @Test
    void rulesWriteOnlyIntoTheInferredGraph() {
        assertTrue(dataBefore.isIsomorphicWith(copy(Iris.GRAPH_DATA)), "the asserted data graph changed");
        assertTrue(copy(Iris.GRAPH_INFERRED).size() > 1000, "the rules inferred something");
    }

    private static void assertNotAssertedAnywhere(Node s, String p, String o) {
        Txn.executeRead(dataset, () -> dataset.find(Node.ANY, s, uri(p), uri(o)).forEachRemaining(q ->
                org.junit.jupiter.api.Assertions.fail("asserted as a fact in " + q.getGraph() + ": " + q)));
    }

    private static Set<String> claimants(String claim) {
        Set<String> found = new TreeSet<>();
        Txn.executeRead(dataset, () -> dataset.find(Node.ANY, uri(Iris.of("claim/" + claim)),
                uri("http://semanticweb.cs.vu.nl/2009/11/sem/accordingTo"), Node.ANY)
                .forEachRemaining(q -> found.add(q.getObject().getURI())));
        return found;
    }

    private static boolean ask(String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
                return qe.execAsk();
            }
        });
    }

    private static Graph copy(String graph) {
        return Txn.calculateRead(dataset, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            dataset.getGraph(uri(graph)).find().forEachRemaining(g::add);
            return g;
        });
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
